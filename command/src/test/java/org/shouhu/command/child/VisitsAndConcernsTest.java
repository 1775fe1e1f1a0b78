package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.command.concerns.RaiseConcern;
import org.shouhu.command.rules.UntriagedConcernEscalatesOnce;
import org.shouhu.command.visits.RecordVisit;
import org.shouhu.events.child.CaseClosed;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.VisitId;
import org.shouhu.events.concerns.ConcernRaised;
import org.shouhu.events.concerns.ConcernSeverity;
import org.shouhu.events.concerns.ConcernSource;
import org.shouhu.events.visits.RiskIndicator;
import org.shouhu.events.visits.VisitKind;
import org.shouhu.events.visits.VisitRecorded;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.shouhu.command.child.ChildCaseFixture.*;

class VisitsAndConcernsTest {

    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();
    private final VisitId visit = VisitId.of("0b6f8f9e-65a4-4f43-8f2c-5c0f5e0a8d01");
    private final ConcernId concern = ConcernId.of("7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
    private final Notes findings = new Notes("Lives with grandmother, attends school");

    @Test
    void a_visit_is_recorded() {
        fixture.given(registered())
                .when(new RecordVisit(CHILD, visit, LocalDate.of(2024, 5, 20), VisitKind.HOME, true, findings,
                        List.of(RiskIndicator.PSYCHOLOGICAL_DISTRESS)))
                .expectEvents(new VisitRecorded(CHILD, visit, LocalDate.of(2024, 5, 20), VisitKind.HOME, true,
                        findings, List.of(RiskIndicator.PSYCHOLOGICAL_DISTRESS)));
    }

    @Test
    void a_visit_recorded_late_keeps_the_day_it_happened() {
        fixture.given(registered())
                .when(new RecordVisit(CHILD, visit, LocalDate.of(2023, 11, 2), VisitKind.PHONE, false, findings, null))
                .expectEvents(new VisitRecorded(CHILD, visit, LocalDate.of(2023, 11, 2), VisitKind.PHONE, false,
                        findings, List.of()));
    }

    @Test
    void a_visit_in_the_future_is_refused() {
        fixture.given(registered())
                .when(new RecordVisit(CHILD, visit, TODAY.plusDays(1), VisitKind.HOME, true, findings, List.of()))
                .expectNoEvents()
                .expectException(violates("date.in-future"));
    }

    @Test
    void a_visit_before_the_child_was_born_is_refused() {
        fixture.given(registered())
                .when(new RecordVisit(CHILD, visit, BORN.minusDays(1), VisitKind.HOME, true, findings, List.of()))
                .expectNoEvents()
                .expectException(violates("date.before-birth"));
    }

    @Test
    void nothing_but_reopening_on_a_closed_case_visits() {
        fixture.given(registered(), new CaseClosed(CHILD, LocalDate.of(2024, 5, 1)))
                .when(new RecordVisit(CHILD, visit, LocalDate.of(2024, 5, 20), VisitKind.HOME, true, findings, List.of()))
                .expectNoEvents()
                .expectException(violates("case.closed"));
    }

    @Test
    void a_visit_without_findings_is_refused() {
        fixture.given(registered())
                .when(new RecordVisit(CHILD, visit, LocalDate.of(2024, 5, 20), VisitKind.HOME, true, null, List.of()))
                .expectNoEvents()
                .expectException(violates("findings.required"));
    }

    @Test
    void a_list_of_risk_indicators_holds_no_null() {
        fixture.given(registered())
                .when(new RecordVisit(CHILD, visit, LocalDate.of(2024, 5, 20), VisitKind.HOME, true, findings,
                        java.util.Arrays.asList(RiskIndicator.OTHER, null)))
                .expectNoEvents()
                .expectException(violates("riskIndicators.null-entry"));
    }

    @Test
    void a_concern_is_raised() {
        Notes description = new Notes("Absent from school for a week");
        fixture.given(registered())
                .when(new RaiseConcern(CHILD, concern, LocalDate.of(2024, 5, 28), ConcernSource.SCHOOL, description,
                        ConcernSeverity.HIGH))
                .expectEvents(new ConcernRaised(CHILD, concern, LocalDate.of(2024, 5, 28), ConcernSource.SCHOOL,
                        description, ConcernSeverity.HIGH, NOW.plus(Duration.ofDays(3))))
                .expectScheduledDeadlineWithName(NOW.plus(Duration.ofDays(3)), UntriagedConcernEscalatesOnce.DEADLINE);
    }

    @Test
    void nothing_but_reopening_on_a_closed_case_concerns() {
        fixture.given(registered(), new CaseClosed(CHILD, LocalDate.of(2024, 5, 1)))
                .when(new RaiseConcern(CHILD, concern, LocalDate.of(2024, 5, 28), ConcernSource.SCHOOL,
                        new Notes("x"), ConcernSeverity.LOW))
                .expectNoEvents()
                .expectException(violates("case.closed"));
    }
}
