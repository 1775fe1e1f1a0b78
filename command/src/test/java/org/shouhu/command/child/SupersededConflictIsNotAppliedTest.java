package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.command.conflicts.ResolveConflict;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.child.RiskLevelAssessed;
import org.shouhu.events.common.Reason;
import org.shouhu.events.conflicts.ConflictId;
import org.shouhu.events.conflicts.ConflictResolution;
import org.shouhu.events.conflicts.ConflictResolved;
import org.shouhu.events.conflicts.StaleRiskAssessmentHeld;

import static org.shouhu.command.child.ChildCaseFixture.*;

/** SupersededConflictIsNotApplied: a held level never overwrites an assessment made after it was held. */
class SupersededConflictIsNotAppliedTest {

    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();
    private final ConflictId first = ConflictId.of("4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a");
    private final ConflictId second = ConflictId.of("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b");
    private final Reason reason = new Reason("decided after visiting again");
    private final RiskLevelAssessed medium = new RiskLevelAssessed(CHILD, RiskLevel.MEDIUM, null);
    private final StaleRiskAssessmentHeld heldHigh = new StaleRiskAssessmentHeld(CHILD, first, RiskLevel.HIGH,
            RiskLevel.MEDIUM, 0);
    private final StaleRiskAssessmentHeld heldLow = new StaleRiskAssessmentHeld(CHILD, second, RiskLevel.LOW,
            RiskLevel.MEDIUM, 0);

    @Test
    void superseded_conflict_is_not_applied_after_a_later_assessment() {
        fixture.given(registered(), medium, heldHigh,
                        new RiskLevelAssessed(CHILD, RiskLevel.CRITICAL, RiskLevel.MEDIUM))
                .when(new ResolveConflict(CHILD, first, ConflictResolution.PROPOSED_APPLIED, reason))
                .expectNoEvents()
                .expectException(violates("conflict.superseded"));
    }

    @Test
    void superseded_conflict_is_not_applied_after_another_conflicts_level_was() {
        fixture.given(registered(), medium, heldHigh, heldLow,
                        new ConflictResolved(CHILD, second, ConflictResolution.PROPOSED_APPLIED),
                        new RiskLevelAssessed(CHILD, RiskLevel.LOW, RiskLevel.MEDIUM))
                .when(new ResolveConflict(CHILD, first, ConflictResolution.PROPOSED_APPLIED, reason))
                .expectNoEvents()
                .expectException(violates("conflict.superseded"));
    }

    @Test
    void superseded_conflict_is_still_resolved_by_keeping_the_level_in_force() {
        fixture.given(registered(), medium, heldHigh,
                        new RiskLevelAssessed(CHILD, RiskLevel.CRITICAL, RiskLevel.MEDIUM))
                .when(new ResolveConflict(CHILD, first, ConflictResolution.CURRENT_KEPT, reason))
                .expectEvents(new ConflictResolved(CHILD, first, ConflictResolution.CURRENT_KEPT));
    }

    @Test
    void superseded_conflict_is_not_a_conflict_held_after_the_last_assessment() {
        fixture.given(registered(), medium, heldHigh)
                .when(new ResolveConflict(CHILD, first, ConflictResolution.PROPOSED_APPLIED, reason))
                .expectEvents(new ConflictResolved(CHILD, first, ConflictResolution.PROPOSED_APPLIED),
                        new RiskLevelAssessed(CHILD, RiskLevel.HIGH, RiskLevel.MEDIUM));
    }
}
