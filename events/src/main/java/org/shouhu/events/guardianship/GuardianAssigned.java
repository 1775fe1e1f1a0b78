package org.shouhu.events.guardianship;

import org.shouhu.events.common.ChildId;

import java.time.LocalDate;

/** The child's first recorded guardian. */
public record GuardianAssigned(ChildId childId, Guardian guardian, LocalDate effectiveOn) {
}
