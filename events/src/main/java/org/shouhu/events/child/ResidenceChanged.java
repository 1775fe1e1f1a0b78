package org.shouhu.events.child;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Township;
import org.shouhu.events.common.Village;

import java.time.LocalDate;

/** The child moved to another village of the district. */
public record ResidenceChanged(ChildId childId, Township township, Village village, LocalDate effectiveOn) {
}
