package org.shouhu.events.interventions;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Notes;

import java.time.LocalDate;

/** The intervention's plan: what it aims at, and when it is next reviewed. */
public record InterventionPlanned(ChildId childId, InterventionId interventionId, Notes goals, LocalDate nextReviewOn) {
}
