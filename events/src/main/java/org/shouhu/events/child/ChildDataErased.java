package org.shouhu.events.child;

import org.shouhu.events.common.ChildId;

import java.time.LocalDate;

/**
 * The personal data of a closed case was erased: the child's data key was destroyed, so the
 * names, numbers and notes of its earlier events can no longer be read by anyone. The events
 * themselves, their order and everything not personal (dates, areas, categories) remain.
 */
public record ChildDataErased(ChildId childId, LocalDate erasedOn) {
}
