package org.shouhu.events.interventions;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Notes;

import java.time.LocalDate;

public record InterventionProgressNoted(ChildId childId, InterventionId interventionId, LocalDate occurredOn, Notes note) {
}
