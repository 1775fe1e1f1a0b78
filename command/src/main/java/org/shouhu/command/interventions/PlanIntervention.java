package org.shouhu.command.interventions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Notes;

import java.time.LocalDate;

public record PlanIntervention(@TargetAggregateIdentifier ChildId childId, InterventionId interventionId, Notes goals,
                               LocalDate nextReviewOn) {
}
