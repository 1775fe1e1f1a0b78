package org.shouhu.events.child;

import org.shouhu.events.common.ChildId;

import java.time.LocalDate;

/** The child case was closed (the child came of age, moved away, the situation ended). */
public record CaseClosed(ChildId childId, LocalDate effectiveOn) {
}
