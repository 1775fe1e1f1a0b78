package org.shouhu.events.child;

import org.shouhu.events.common.ChildId;

import java.time.LocalDate;

/** A closed child case was opened again. */
public record CaseReopened(ChildId childId, LocalDate effectiveOn) {
}
