package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.events.child.CaseClosed;
import org.shouhu.events.child.CaseReopened;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.common.Reason;

import java.time.LocalDate;

import static org.shouhu.command.child.ChildCaseFixture.*;

class CaseClosureTest {

    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();
    private final Reason reason = new Reason("moved with her parents to Chengdu");
    private final LocalDate closedOn = LocalDate.of(2024, 5, 1);

    @Test
    void a_case_is_closed_with_a_reason() {
        fixture.given(registered())
                .when(new CloseCase(CHILD, closedOn, reason))
                .expectEvents(new CaseClosed(CHILD, closedOn));
    }

    @Test
    void a_closure_gives_a_reason() {
        fixture.given(registered())
                .when(new CloseCase(CHILD, closedOn, null))
                .expectNoEvents()
                .expectException(violates("reason.required"));
    }

    @Test
    void a_closed_case_is_not_closed_again() {
        fixture.given(registered(), new CaseClosed(CHILD, closedOn))
                .when(new CloseCase(CHILD, closedOn, reason))
                .expectNoEvents()
                .expectException(violates("case.closed"));
    }

    @Test
    void nothing_but_reopening_on_a_closed_case_reopening_is_allowed() {
        fixture.given(registered(), new CaseClosed(CHILD, closedOn))
                .when(new ReopenCase(CHILD, LocalDate.of(2024, 5, 20), new Reason("returned to the village")))
                .expectEvents(new CaseReopened(CHILD, LocalDate.of(2024, 5, 20)));
    }

    @Test
    void nothing_but_reopening_on_a_closed_case_risk() {
        fixture.given(registered(), new CaseClosed(CHILD, closedOn))
                .when(new AssessRiskLevel(CHILD, RiskLevel.HIGH, null))
                .expectNoEvents()
                .expectException(violates("case.closed"));
    }

    @Test
    void only_a_closed_case_is_reopened() {
        fixture.given(registered())
                .when(new ReopenCase(CHILD, LocalDate.of(2024, 5, 20), new Reason("by mistake")))
                .expectNoEvents()
                .expectException(violates("case.not-closed"));
    }

    @Test
    void a_case_cannot_reopen_before_it_closed() {
        fixture.given(registered(), new CaseClosed(CHILD, closedOn))
                .when(new ReopenCase(CHILD, closedOn.minusDays(1), new Reason("back in the village")))
                .expectNoEvents()
                .expectException(violates("case.reopened-before-closure"));
    }

    @Test
    void a_reopening_gives_a_reason() {
        fixture.given(registered(), new CaseClosed(CHILD, closedOn))
                .when(new ReopenCase(CHILD, LocalDate.of(2024, 5, 20), null))
                .expectNoEvents()
                .expectException(violates("reason.required"));
    }
}
