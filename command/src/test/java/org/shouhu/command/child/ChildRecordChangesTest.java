package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.events.child.CaseClosed;
import org.shouhu.events.child.CategoryChanged;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ResidenceChanged;
import org.shouhu.events.child.ResponsibleWorkerAssigned;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.child.RiskLevelAssessed;
import org.shouhu.events.common.Township;
import org.shouhu.events.common.Village;
import org.shouhu.events.common.WorkerId;

import java.time.LocalDate;
import java.util.Set;

import static org.shouhu.command.child.ChildCaseFixture.*;

/** Residence, category, responsible worker and risk: the changes to the child's own record. */
class ChildRecordChangesTest {

    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();

    @Test
    void the_child_moves_within_the_district() {
        fixture.given(registered())
                .when(new ChangeResidence(CHILD, new Township("拦江镇"), new Village("红星村"), LocalDate.of(2024, 4, 1), null))
                .expectEvents(new ResidenceChanged(CHILD, new Township("拦江镇"), new Village("红星村"),
                        LocalDate.of(2024, 4, 1)));
    }

    @Test
    void a_move_cannot_be_in_the_future() {
        fixture.given(registered())
                .when(new ChangeResidence(CHILD, new Township("拦江镇"), new Village("红星村"), TODAY.plusDays(3), null))
                .expectNoEvents()
                .expectException(violates("date.in-future"));
    }

    @Test
    void the_primary_category_and_tags_change() {
        fixture.given(registered())
                .when(new ChangeCategory(CHILD, ChildCategory.DE_FACTO_UNSUPPORTED, Set.of(ChildCategory.LEFT_BEHIND), null))
                .expectEvents(new CategoryChanged(CHILD, ChildCategory.DE_FACTO_UNSUPPORTED,
                        Set.of(ChildCategory.LEFT_BEHIND)));
    }

    @Test
    void a_responsible_worker_replaces_the_previous_one() {
        fixture.given(registered(), new ResponsibleWorkerAssigned(CHILD, new WorkerId("director-1"), null))
                .when(new AssignResponsibleWorker(CHILD, new WorkerId("director-2"), null))
                .expectEvents(new ResponsibleWorkerAssigned(CHILD, new WorkerId("director-2"), new WorkerId("director-1")));
    }

    @Test
    void the_risk_level_is_assessed_against_the_previous_one() {
        fixture.given(registered(), new RiskLevelAssessed(CHILD, RiskLevel.LOW, null))
                .when(new AssessRiskLevel(CHILD, RiskLevel.CRITICAL, null))
                .expectEvents(new RiskLevelAssessed(CHILD, RiskLevel.CRITICAL, RiskLevel.LOW));
    }

    @Test
    void a_risk_level_is_required() {
        fixture.given(registered())
                .when(new AssessRiskLevel(CHILD, null, null))
                .expectNoEvents()
                .expectException(violates("level.required"));
    }

    @Test
    void nothing_but_reopening_on_a_closed_case_residence() {
        fixture.given(registered(), new CaseClosed(CHILD, LocalDate.of(2024, 5, 1)))
                .when(new ChangeResidence(CHILD, new Township("拦江镇"), new Village("红星村"), LocalDate.of(2024, 5, 2), null))
                .expectNoEvents()
                .expectException(violates("case.closed"));
    }

    @Test
    void nothing_but_reopening_on_a_closed_case_category_and_worker() {
        fixture.given(registered(), new CaseClosed(CHILD, LocalDate.of(2024, 5, 1)))
                .when(new AssignResponsibleWorker(CHILD, new WorkerId("director-2"), null))
                .expectNoEvents()
                .expectException(violates("case.closed"));
        fixture.given(registered(), new CaseClosed(CHILD, LocalDate.of(2024, 5, 1)))
                .when(new ChangeCategory(CHILD, ChildCategory.ORPHAN, Set.of(), null))
                .expectNoEvents()
                .expectException(violates("case.closed"));
    }
}
