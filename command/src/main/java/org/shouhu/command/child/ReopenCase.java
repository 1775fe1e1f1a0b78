package org.shouhu.command.child;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Reason;

import java.time.LocalDate;

public record ReopenCase(@TargetAggregateIdentifier ChildId childId, LocalDate effectiveOn, Reason reason) {
}
