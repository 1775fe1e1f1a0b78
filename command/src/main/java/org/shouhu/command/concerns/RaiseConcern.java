package org.shouhu.command.concerns;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.concerns.ConcernSeverity;
import org.shouhu.events.concerns.ConcernSource;

import java.time.LocalDate;

public record RaiseConcern(@TargetAggregateIdentifier ChildId childId, ConcernId concernId, LocalDate occurredOn,
                           ConcernSource source, Notes description, ConcernSeverity severity) {
}
