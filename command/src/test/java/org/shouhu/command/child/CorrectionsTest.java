package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;
import org.shouhu.command.corrections.CorrectEntry;
import org.shouhu.events.child.CaseClosed;
import org.shouhu.events.common.EventId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.Reason;
import org.shouhu.events.common.VisitId;
import org.shouhu.events.corrections.EntryCorrected;
import org.shouhu.events.visits.VisitKind;
import org.shouhu.events.visits.VisitRecorded;

import java.time.LocalDate;
import java.util.List;

import static org.shouhu.command.child.ChildCaseFixture.*;

class CorrectionsTest {

    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();
    private final Reason typo = new Reason("typo");
    private final VisitRecorded visit = new VisitRecorded(CHILD, VisitId.of("0b6f8f9e-65a4-4f43-8f2c-5c0f5e0a8d01"),
            LocalDate.of(2024, 5, 20), VisitKind.HOME, true, new Notes("Hosue in poor repair"), List.of());

    @Test
    void a_correction_names_an_event_of_this_child_and_a_correctable_field() {
        TestExecutor<ChildCase> given = fixture.given(registered(), visit);
        EventId visitEvent = givenEventIds(fixture).get(1);
        given.when(new CorrectEntry(CHILD, visitEvent, "findings", "House in poor repair", typo))
                .expectEvents(new EntryCorrected(CHILD, visitEvent, "VisitRecorded", "findings", "House in poor repair"));
    }

    @Test
    void a_correction_of_an_unknown_event_is_refused() {
        fixture.given(registered(), visit)
                .when(new CorrectEntry(CHILD, EventId.of("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"), "findings", "x", typo))
                .expectNoEvents()
                .expectException(violates("correction.unknown-event"));
    }

    @Test
    void a_field_that_may_not_be_corrected_is_refused() {
        TestExecutor<ChildCase> given = fixture.given(registered());
        EventId registration = givenEventIds(fixture).get(0);
        given.when(new CorrectEntry(CHILD, registration, "residentId", "110105194912310021", typo))
                .expectNoEvents()
                .expectException(violates("correction.field-not-correctable"));
    }

    @Test
    void a_correction_gives_a_reason() {
        TestExecutor<ChildCase> given = fixture.given(registered(), visit);
        EventId visitEvent = givenEventIds(fixture).get(1);
        given.when(new CorrectEntry(CHILD, visitEvent, "findings", "House in poor repair", null))
                .expectNoEvents()
                .expectException(violates("reason.required"));
    }

    @Test
    void a_corrected_date_obeys_the_date_rules() {
        TestExecutor<ChildCase> given = fixture.given(registered(), visit);
        EventId visitEvent = givenEventIds(fixture).get(1);
        given.when(new CorrectEntry(CHILD, visitEvent, "occurredOn", TODAY.plusDays(1).toString(), typo))
                .expectNoEvents()
                .expectException(violates("date.in-future"));
    }

    @Test
    void a_corrected_name_is_a_valid_name() {
        TestExecutor<ChildCase> given = fixture.given(registered());
        EventId registration = givenEventIds(fixture).get(0);
        given.when(new CorrectEntry(CHILD, registration, "name", " ", typo))
                .expectNoEvents()
                .expectException(violates("name.required"));
    }

    @Test
    void a_closed_case_can_still_be_corrected() {
        TestExecutor<ChildCase> given = fixture.given(registered(), visit, new CaseClosed(CHILD, LocalDate.of(2024, 5, 25)));
        EventId visitEvent = givenEventIds(fixture).get(1);
        given.when(new CorrectEntry(CHILD, visitEvent, "kind", "SCHOOL", typo))
                .expectEvents(new EntryCorrected(CHILD, visitEvent, "VisitRecorded", "kind", "SCHOOL"));
    }
}
