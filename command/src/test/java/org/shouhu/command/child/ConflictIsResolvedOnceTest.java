package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.command.conflicts.ResolveConflict;
import org.shouhu.events.child.CaseClosed;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.child.RiskLevelAssessed;
import org.shouhu.events.common.Reason;
import org.shouhu.events.conflicts.ConflictId;
import org.shouhu.events.conflicts.ConflictResolution;
import org.shouhu.events.conflicts.ConflictResolved;
import org.shouhu.events.conflicts.StaleRiskAssessmentHeld;

import java.time.LocalDate;

import static org.shouhu.command.child.ChildCaseFixture.*;

/** ConflictIsResolvedOnce (and ReasonIsGiven): a held risk level is decided once, with a reason, either way. */
class ConflictIsResolvedOnceTest {

    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();
    private final ConflictId conflict = ConflictId.of("4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a");
    private final Reason reason = new Reason("visited again: the director's assessment holds");
    private final RiskLevelAssessed medium = new RiskLevelAssessed(CHILD, RiskLevel.MEDIUM, null);
    private final StaleRiskAssessmentHeld held = new StaleRiskAssessmentHeld(CHILD, conflict, RiskLevel.HIGH,
            RiskLevel.MEDIUM, 0);

    @Test
    void conflict_is_resolved_once_the_held_level_applied() {
        fixture.given(registered(), medium, held)
                .when(new ResolveConflict(CHILD, conflict, ConflictResolution.PROPOSED_APPLIED, reason))
                .expectEvents(new ConflictResolved(CHILD, conflict, ConflictResolution.PROPOSED_APPLIED),
                        new RiskLevelAssessed(CHILD, RiskLevel.HIGH, RiskLevel.MEDIUM));
    }

    @Test
    void conflict_is_resolved_once_the_level_in_force_kept() {
        fixture.given(registered(), medium, held)
                .when(new ResolveConflict(CHILD, conflict, ConflictResolution.CURRENT_KEPT, reason))
                .expectEvents(new ConflictResolved(CHILD, conflict, ConflictResolution.CURRENT_KEPT));
    }

    @Test
    void conflict_is_resolved_once_a_second_resolution_is_refused() {
        fixture.given(registered(), medium, held,
                        new ConflictResolved(CHILD, conflict, ConflictResolution.CURRENT_KEPT))
                .when(new ResolveConflict(CHILD, conflict, ConflictResolution.PROPOSED_APPLIED, reason))
                .expectNoEvents()
                .expectException(violates("conflict.already-resolved"));
    }

    @Test
    void conflict_is_resolved_once_an_unknown_conflict_is_refused() {
        fixture.given(registered(), medium, held)
                .when(new ResolveConflict(CHILD, ConflictId.of("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"),
                        ConflictResolution.CURRENT_KEPT, reason))
                .expectNoEvents()
                .expectException(violates("conflict.unknown"));
    }

    @Test
    void conflict_is_resolved_once_with_a_reason_and_a_resolution() {
        fixture.given(registered(), medium, held)
                .when(new ResolveConflict(CHILD, conflict, ConflictResolution.PROPOSED_APPLIED, null))
                .expectNoEvents()
                .expectException(violates("reason.required"));
        fixture.given(registered(), medium, held)
                .when(new ResolveConflict(CHILD, conflict, null, reason))
                .expectNoEvents()
                .expectException(violates("resolution.required"));
    }

    @Test
    void conflict_is_resolved_once_on_a_closed_case_only_by_keeping_the_level_in_force() {
        CaseClosed closed = new CaseClosed(CHILD, LocalDate.of(2024, 5, 1));
        fixture.given(registered(), medium, held, closed)
                .when(new ResolveConflict(CHILD, conflict, ConflictResolution.PROPOSED_APPLIED, reason))
                .expectNoEvents()
                .expectException(violates("case.closed"));
        fixture.given(registered(), medium, held, closed)
                .when(new ResolveConflict(CHILD, conflict, ConflictResolution.CURRENT_KEPT, reason))
                .expectEvents(new ConflictResolved(CHILD, conflict, ConflictResolution.CURRENT_KEPT));
    }
}
