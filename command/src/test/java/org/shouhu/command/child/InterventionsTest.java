package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.command.interventions.CloseIntervention;
import org.shouhu.command.interventions.NoteInterventionProgress;
import org.shouhu.command.interventions.OpenIntervention;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.concerns.ConcernRaised;
import org.shouhu.events.concerns.ConcernSeverity;
import org.shouhu.events.interventions.InterventionClosed;
import org.shouhu.events.interventions.InterventionOpened;
import org.shouhu.events.interventions.InterventionOutcome;
import org.shouhu.events.interventions.InterventionProgressNoted;
import org.shouhu.events.interventions.InterventionType;

import java.time.LocalDate;

import static org.shouhu.command.child.ChildCaseFixture.*;

class InterventionsTest {

    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();
    private final InterventionId intervention = InterventionId.of("5d1c7c2a-9a2e-4c1b-8a0e-2f7b9c3d4e51");
    private final ConcernId concern = ConcernId.of("7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
    private final Notes goal = new Notes("Weekly counselling until back at school");
    private final LocalDate opened = LocalDate.of(2024, 5, 11);

    private InterventionOpened openedEvent() {
        return new InterventionOpened(CHILD, intervention, InterventionType.PSYCHOLOGICAL_COUNSELLING, goal, opened,
                null);
    }

    @Test
    void an_intervention_is_opened_in_answer_to_a_concern() {
        ConcernRaised raised = concernRaised(concern, LocalDate.of(2024, 5, 10), ConcernSeverity.MEDIUM);
        fixture.given(registered(), raised)
                .when(new OpenIntervention(CHILD, intervention, InterventionType.PSYCHOLOGICAL_COUNSELLING, goal,
                        opened, concern))
                .expectEvents(new InterventionOpened(CHILD, intervention, InterventionType.PSYCHOLOGICAL_COUNSELLING,
                        goal, opened, concern));
    }

    @Test
    void an_intervention_names_a_concern_of_this_child() {
        fixture.given(registered())
                .when(new OpenIntervention(CHILD, intervention, InterventionType.LEGAL_AID, goal, opened, concern))
                .expectNoEvents()
                .expectException(violates("concern.unknown"));
    }

    @Test
    void progress_is_noted_on_an_open_intervention() {
        Notes note = new Notes("First session held");
        fixture.given(registered(), openedEvent())
                .when(new NoteInterventionProgress(CHILD, intervention, LocalDate.of(2024, 5, 18), note))
                .expectEvents(new InterventionProgressNoted(CHILD, intervention, LocalDate.of(2024, 5, 18), note));
    }

    @Test
    void an_intervention_is_closed_with_an_outcome() {
        fixture.given(registered(), openedEvent())
                .when(new CloseIntervention(CHILD, intervention, LocalDate.of(2024, 5, 30), InterventionOutcome.GOAL_MET,
                        new Notes("Back at school")))
                .expectEvents(new InterventionClosed(CHILD, intervention, LocalDate.of(2024, 5, 30),
                        InterventionOutcome.GOAL_MET, new Notes("Back at school")));
    }

    @Test
    void an_intervention_closes_once() {
        fixture.given(registered(), openedEvent(), new InterventionClosed(CHILD, intervention,
                        LocalDate.of(2024, 5, 30), InterventionOutcome.GOAL_MET, null))
                .when(new CloseIntervention(CHILD, intervention, LocalDate.of(2024, 5, 31), InterventionOutcome.NOT_MET,
                        null))
                .expectNoEvents()
                .expectException(violates("intervention.already-closed"));
    }

    @Test
    void no_progress_after_an_intervention_closed() {
        fixture.given(registered(), openedEvent(), new InterventionClosed(CHILD, intervention,
                        LocalDate.of(2024, 5, 30), InterventionOutcome.GOAL_MET, null))
                .when(new NoteInterventionProgress(CHILD, intervention, LocalDate.of(2024, 5, 31), new Notes("late")))
                .expectNoEvents()
                .expectException(violates("intervention.already-closed"));
    }

    @Test
    void an_unknown_intervention_cannot_be_closed() {
        fixture.given(registered())
                .when(new CloseIntervention(CHILD, intervention, LocalDate.of(2024, 5, 30), InterventionOutcome.OTHER,
                        null))
                .expectNoEvents()
                .expectException(violates("intervention.unknown"));
    }

    @Test
    void an_intervention_cannot_close_before_it_opened() {
        fixture.given(registered(), openedEvent())
                .when(new CloseIntervention(CHILD, intervention, opened.minusDays(1), InterventionOutcome.OTHER, null))
                .expectNoEvents()
                .expectException(violates("intervention.before-opening"));
    }
}
