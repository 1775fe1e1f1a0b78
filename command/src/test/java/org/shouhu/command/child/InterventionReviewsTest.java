package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.command.interventions.PlanIntervention;
import org.shouhu.command.interventions.ReviewIntervention;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.interventions.InterventionClosed;
import org.shouhu.events.interventions.InterventionOpened;
import org.shouhu.events.interventions.InterventionOutcome;
import org.shouhu.events.interventions.InterventionPlanned;
import org.shouhu.events.interventions.InterventionReviewed;
import org.shouhu.events.interventions.InterventionType;

import java.time.LocalDate;

import static org.shouhu.command.child.ChildCaseFixture.*;

/** Plans and reviews of an open intervention; NextReviewIsAhead. */
class InterventionReviewsTest {

    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();
    private final InterventionId intervention = InterventionId.of("4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b");
    private final InterventionOpened opened = new InterventionOpened(CHILD, intervention,
            InterventionType.PSYCHOLOGICAL_COUNSELLING, new Notes("weekly sessions"), LocalDate.of(2024, 4, 1), null);

    @Test
    void an_open_intervention_is_planned_and_reviewed() {
        fixture.given(registered(), opened)
                .when(new PlanIntervention(CHILD, intervention, new Notes("back at school by June"), TODAY.plusDays(30)))
                .expectEvents(new InterventionPlanned(CHILD, intervention, new Notes("back at school by June"),
                        TODAY.plusDays(30)));
        fixture.given(registered(), opened)
                .when(new ReviewIntervention(CHILD, intervention, TODAY, new Notes("attends twice a week"),
                        TODAY.plusDays(14)))
                .expectEvents(new InterventionReviewed(CHILD, intervention, TODAY, new Notes("attends twice a week"),
                        TODAY.plusDays(14)));
    }

    @Test
    void next_review_is_ahead() {
        fixture.given(registered(), opened)
                .when(new ReviewIntervention(CHILD, intervention, TODAY, new Notes("fine"), TODAY))
                .expectNoEvents()
                .expectException(violates("review.not-ahead"));
    }

    @Test
    void a_closed_intervention_is_not_reviewed() {
        fixture.given(registered(), opened, new InterventionClosed(CHILD, intervention, LocalDate.of(2024, 5, 1),
                        InterventionOutcome.GOAL_MET, null))
                .when(new ReviewIntervention(CHILD, intervention, TODAY, new Notes("late"), TODAY.plusDays(7)))
                .expectNoEvents()
                .expectException(violates("intervention.already-closed"));
    }
}
