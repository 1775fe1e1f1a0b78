package org.shouhu.command.interventions;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.interventions.InterventionType;

import java.time.LocalDate;

public record OpenIntervention(@TargetAggregateIdentifier ChildId childId, InterventionId interventionId,
                               InterventionType type, Notes goal, LocalDate openedOn, ConcernId concernId) {
}
