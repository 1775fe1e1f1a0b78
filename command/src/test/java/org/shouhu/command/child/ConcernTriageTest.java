package org.shouhu.command.child;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.shouhu.command.concerns.CloseConcern;
import org.shouhu.command.concerns.RaiseConcern;
import org.shouhu.command.interventions.OpenIntervention;
import org.shouhu.command.web.MetaDataKeys;
import org.shouhu.events.child.CaseClosed;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.Reason;
import org.shouhu.events.common.Township;
import org.shouhu.events.concerns.ConcernClosed;
import org.shouhu.events.concerns.ConcernEscalated;
import org.shouhu.events.concerns.ConcernSeverity;
import org.shouhu.events.concerns.ConcernSource;
import org.shouhu.events.interventions.InterventionOpened;
import org.shouhu.events.interventions.InterventionType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.shouhu.command.child.ChildCaseFixture.*;

/** The rules ConcernIsTriagedOnce and UntriagedConcernEscalatesOnce, with the fixture's deadline manager. */
class ConcernTriageTest {

    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();
    private final ConcernId concern = ConcernId.of("7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
    private final LocalDate raisedOn = LocalDate.of(2024, 5, 30);
    private final RaiseConcern raise = new RaiseConcern(CHILD, concern, raisedOn, ConcernSource.SCHOOL,
            new Notes("Absent from school"), ConcernSeverity.HIGH);
    private final ConcernEscalated escalated = new ConcernEscalated(CHILD, concern, ConcernSeverity.HIGH,
            new Township("石洞镇"), NOW.plus(Duration.ofDays(3)));
    private final InterventionId intervention = InterventionId.of("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c");

    private OpenIntervention openingFor(ConcernId concernId) {
        return new OpenIntervention(CHILD, intervention, InterventionType.EDUCATION_SUPPORT, new Notes("Back to school"),
                TODAY, concernId);
    }

    @Test
    void a_concern_gets_the_triage_deadline_of_its_severity() {
        fixture.given(registered())
                .when(new RaiseConcern(CHILD, concern, raisedOn, ConcernSource.HOTLINE, new Notes("Left alone"),
                        ConcernSeverity.CRITICAL))
                .expectSuccessfulHandlerExecution()
                .expectScheduledDeadlineWithName(NOW.plus(Duration.ofHours(24)), "concern-triage");
    }

    @Test
    void concern_is_triaged_once_closed_with_a_reason() {
        fixture.given(registered(), concernRaised(concern, raisedOn, ConcernSeverity.LOW))
                .when(new CloseConcern(CHILD, concern, null, new Reason("Parent explained the absence: illness")))
                .expectEvents(new ConcernClosed(CHILD, concern, TODAY));
    }

    @Test
    void concern_is_triaged_once_not_closed_without_a_reason() {
        fixture.given(registered(), concernRaised(concern, raisedOn, ConcernSeverity.LOW))
                .when(new CloseConcern(CHILD, concern, null, null))
                .expectNoEvents()
                .expectException(violates("reason.required"));
    }

    @Test
    void concern_is_triaged_once_not_closed_when_an_intervention_answers_it() {
        fixture.given(registered(), concernRaised(concern, raisedOn, ConcernSeverity.LOW),
                        new InterventionOpened(CHILD, intervention, InterventionType.EDUCATION_SUPPORT,
                                new Notes("Back to school"), TODAY, concern))
                .when(new CloseConcern(CHILD, concern, null, new Reason("No longer needed")))
                .expectNoEvents()
                .expectException(violates("concern.already-triaged"));
    }

    @Test
    void concern_is_triaged_once_not_closed_twice() {
        fixture.given(registered(), concernRaised(concern, raisedOn, ConcernSeverity.LOW),
                        new ConcernClosed(CHILD, concern, TODAY))
                .when(new CloseConcern(CHILD, concern, null, new Reason("Again")))
                .expectNoEvents()
                .expectException(violates("concern.already-triaged"));
    }

    @Test
    void concern_is_triaged_once_a_closed_concern_is_answered_by_no_intervention() {
        fixture.given(registered(), concernRaised(concern, raisedOn, ConcernSeverity.LOW),
                        new ConcernClosed(CHILD, concern, TODAY))
                .when(openingFor(concern))
                .expectNoEvents()
                .expectException(violates("concern.closed"));
    }

    @Test
    void concern_is_triaged_once_only_a_known_concern_is_closed() {
        fixture.given(registered())
                .when(new CloseConcern(CHILD, concern, null, new Reason("Not ours")))
                .expectNoEvents()
                .expectException(violates("concern.unknown"));
    }

    @Test
    void untriaged_concern_escalates_once_when_its_deadline_passes() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered())
                .andGivenCommands(raise)
                .whenTimeElapses(Duration.ofDays(3).plusMinutes(1))
                .expectEventsMatching(exactSequenceOf(recordedBySystem(escalated), andNoMore()));
    }

    @Test
    void untriaged_concern_escalates_once_not_before_its_deadline() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered())
                .andGivenCommands(raise)
                .whenTimeElapses(Duration.ofDays(3).minusMinutes(1))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(NOW.plus(Duration.ofDays(3)), "concern-triage");
    }

    @Test
    void untriaged_concern_escalates_once_and_not_again_when_the_deadline_fires_again() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered())
                .andGivenCommands(raise)
                .andGiven(List.of(escalated))
                .whenTimeElapses(Duration.ofDays(4))
                .expectNoEvents();
    }

    @Test
    void untriaged_concern_escalates_once_not_when_an_intervention_answered_it() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered())
                .andGivenCommands(raise, openingFor(concern))
                .whenTimeElapses(Duration.ofDays(4))
                .expectNoEvents();
    }

    @Test
    void untriaged_concern_escalates_once_not_when_it_was_closed() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered())
                .andGivenCommands(raise, new CloseConcern(CHILD, concern, null, new Reason("A misunderstanding")))
                .whenTimeElapses(Duration.ofDays(4))
                .expectNoEvents();
    }

    @Test
    void untriaged_concern_escalates_once_not_on_a_closed_case() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered())
                .andGivenCommands(raise)
                .andGiven(List.of(new CaseClosed(CHILD, TODAY)))
                .whenTimeElapses(Duration.ofDays(4))
                .expectNoEvents();
    }

    /** The event, with the system as its actor: no person escalated it. */
    private static Matcher<EventMessage<?>> recordedBySystem(Object payload) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(EventMessage<?> message) {
                return message.getPayload().equals(payload)
                        && MetaDataKeys.SYSTEM.equals(message.getMetaData().get(MetaDataKeys.ACTOR_ID))
                        && MetaDataKeys.SYSTEM_ROLE.equals(message.getMetaData().get(MetaDataKeys.ACTOR_ROLE));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("recorded by the system: ").appendValue(payload);
            }
        };
    }
}
