package org.shouhu.events.interventions;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Notes;

import java.time.LocalDate;

/** An intervention was opened for the child, optionally in answer to a concern. */
public record InterventionOpened(
        ChildId childId,
        InterventionId interventionId,
        InterventionType type,
        Notes goal,
        LocalDate openedOn,
        ConcernId concernId) {
}
