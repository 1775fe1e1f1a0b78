package org.shouhu.events.interventions;

import org.shouhu.events.common.ChildId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Notes;

import java.time.LocalDate;

/** The intervention was reviewed on a day, with what was found, and the next review set. */
public record InterventionReviewed(ChildId childId, InterventionId interventionId, LocalDate reviewedOn, Notes findings,
                                   LocalDate nextReviewOn) {
}
