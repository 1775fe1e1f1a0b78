package org.shouhu.events.guardianship;

import org.shouhu.events.common.ChildId;

import java.time.LocalDate;

/** Guardianship passed to another person; the previous guardianship ended on {@code effectiveOn}. */
public record GuardianshipTransferred(ChildId childId, Guardian previousGuardian, Guardian guardian, LocalDate effectiveOn) {
}
