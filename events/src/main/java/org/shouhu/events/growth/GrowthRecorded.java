package org.shouhu.events.growth;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Notes;

import java.time.LocalDate;

/** An entry of the child's growth record (成长档案); its author is the event's actor. */
public record GrowthRecorded(ChildId childId, GrowthEntryId entryId, GrowthEntryKind kind, LocalDate occurredOn,
                             Notes text) {
}
