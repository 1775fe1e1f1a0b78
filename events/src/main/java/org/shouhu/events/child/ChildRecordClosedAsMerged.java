package org.shouhu.events.child;

import org.shouhu.events.common.ChildId;

import java.time.LocalDate;

/** This record was a second record of a child and is closed, merged into the survivor; its history stays as it was. */
public record ChildRecordClosedAsMerged(ChildId childId, ChildId survivorId, LocalDate closedOn) {
}
