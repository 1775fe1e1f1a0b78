package org.shouhu.command.concerns;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.Reason;

import java.time.LocalDate;

/** Triage a concern as needing no intervention, saying why. */
public record CloseConcern(@TargetAggregateIdentifier ChildId childId, ConcernId concernId, LocalDate closedOn,
                           Reason reason) {
}
