package org.shouhu.command.visits;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.VisitId;
import org.shouhu.events.visits.RiskIndicator;
import org.shouhu.events.visits.VisitKind;

import java.time.LocalDate;
import java.util.List;

public record RecordVisit(@TargetAggregateIdentifier ChildId childId, VisitId visitId, LocalDate occurredOn,
                          VisitKind kind, boolean childSeen, Notes findings, List<RiskIndicator> riskIndicators) {
}
