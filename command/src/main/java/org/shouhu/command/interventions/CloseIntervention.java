package org.shouhu.command.interventions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.interventions.InterventionOutcome;

import java.time.LocalDate;

public record CloseIntervention(@TargetAggregateIdentifier ChildId childId, InterventionId interventionId,
                                LocalDate closedOn, InterventionOutcome outcome, Notes note) {
}
