package org.shouhu.command.growth;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.growth.GrowthEntryId;
import org.shouhu.events.growth.GrowthEntryKind;

import java.time.LocalDate;

public record RecordGrowth(@TargetAggregateIdentifier ChildId childId, GrowthEntryId entryId, GrowthEntryKind kind,
                           LocalDate occurredOn, Notes text) {
}
