package org.shouhu.events.interventions;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Notes;

import java.time.LocalDate;

public record InterventionClosed(
        ChildId childId,
        InterventionId interventionId,
        LocalDate closedOn,
        InterventionOutcome outcome,
        Notes note) {
}
