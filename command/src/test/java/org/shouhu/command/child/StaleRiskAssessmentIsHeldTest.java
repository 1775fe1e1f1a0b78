package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.command.web.MetaDataKeys;
import org.shouhu.events.child.CaseClosed;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.child.RiskLevelAssessed;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.Reason;
import org.shouhu.events.common.VisitId;
import org.shouhu.events.conflicts.ConflictId;
import org.shouhu.events.conflicts.ConflictResolution;
import org.shouhu.events.conflicts.ConflictResolved;
import org.shouhu.events.conflicts.StaleRiskAssessmentHeld;
import org.shouhu.events.visits.VisitKind;
import org.shouhu.events.visits.VisitRecorded;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.shouhu.command.child.ChildCaseFixture.*;

/**
 * StaleRiskAssessmentIsHeld: a risk level captured offline against a version after which the
 * level was assessed again is held as a conflict, not applied; anything else is applied as usual.
 * The given events have the versions (sequence numbers) 0, 1, 2, … in order.
 */
class StaleRiskAssessmentIsHeldTest {

    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();
    private final RiskLevelAssessed lowAtVersion1 = new RiskLevelAssessed(CHILD, RiskLevel.LOW, null);
    private final RiskLevelAssessed mediumAtVersion2 = new RiskLevelAssessed(CHILD, RiskLevel.MEDIUM, RiskLevel.LOW);
    private final VisitRecorded visit = new VisitRecorded(CHILD, VisitId.of("8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d"),
            LocalDate.of(2024, 5, 30), VisitKind.HOME, true, new Notes("all well"), List.of());

    private static Map<String, Object> capturedAgainst(long version) {
        return Map.of(MetaDataKeys.CAPTURED_AGAINST_VERSION, version);
    }

    @Test
    void stale_risk_assessment_is_held_when_the_level_changed_after_the_version_captured_against() {
        AtomicReference<ConflictId> held = new AtomicReference<>();
        fixture.given(registered(), lowAtVersion1, mediumAtVersion2)
                .when(new AssessRiskLevel(CHILD, RiskLevel.HIGH, new Reason("father left again")), capturedAgainst(1))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(matches(payload -> {
                    if (!(payload instanceof StaleRiskAssessmentHeld e)) {
                        return false;
                    }
                    held.set(e.conflictId());
                    return e.equals(new StaleRiskAssessmentHeld(CHILD, e.conflictId(), RiskLevel.HIGH,
                            RiskLevel.MEDIUM, 1));
                }), andNoMore())))
                .expectResultMessagePayloadMatching(matches(returned -> returned != null && returned.equals(held.get())));
    }

    @Test
    void stale_risk_assessment_is_held_after_a_level_applied_by_resolving_a_conflict() {
        ConflictId earlier = ConflictId.of("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e");
        fixture.given(registered(), lowAtVersion1,
                        new StaleRiskAssessmentHeld(CHILD, earlier, RiskLevel.HIGH, RiskLevel.LOW, 0),
                        new ConflictResolved(CHILD, earlier, ConflictResolution.PROPOSED_APPLIED),
                        new RiskLevelAssessed(CHILD, RiskLevel.HIGH, RiskLevel.LOW))
                .when(new AssessRiskLevel(CHILD, RiskLevel.LOW, null), capturedAgainst(3))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(matches(payload ->
                        payload instanceof StaleRiskAssessmentHeld e && e.proposedLevel() == RiskLevel.LOW
                                && e.currentLevel() == RiskLevel.HIGH && e.capturedAgainstVersion() == 3),
                        andNoMore())));
    }

    @Test
    void stale_risk_assessment_is_held_not_for_an_older_version_whose_level_did_not_change_since() {
        // captured against version 1, when the level was LOW; only a visit was added since
        fixture.given(registered(), lowAtVersion1, visit)
                .when(new AssessRiskLevel(CHILD, RiskLevel.HIGH, null), capturedAgainst(1))
                .expectEvents(new RiskLevelAssessed(CHILD, RiskLevel.HIGH, RiskLevel.LOW))
                .expectResultMessagePayload(null);
    }

    @Test
    void stale_risk_assessment_is_held_not_for_a_live_write_without_a_captured_version() {
        fixture.given(registered(), lowAtVersion1, mediumAtVersion2)
                .when(new AssessRiskLevel(CHILD, RiskLevel.HIGH, null))
                .expectEvents(new RiskLevelAssessed(CHILD, RiskLevel.HIGH, RiskLevel.MEDIUM))
                .expectResultMessagePayload(null);
    }

    @Test
    void stale_risk_assessment_is_held_not_before_any_level_was_assessed() {
        fixture.given(registered(), visit)
                .when(new AssessRiskLevel(CHILD, RiskLevel.MEDIUM, null), capturedAgainst(0))
                .expectEvents(new RiskLevelAssessed(CHILD, RiskLevel.MEDIUM, null))
                .expectResultMessagePayload(null);
    }

    @Test
    void stale_risk_assessment_is_held_not_when_it_agrees_with_the_level_in_force() {
        fixture.given(registered(), lowAtVersion1, mediumAtVersion2)
                .when(new AssessRiskLevel(CHILD, RiskLevel.MEDIUM, null), capturedAgainst(1))
                .expectEvents(new RiskLevelAssessed(CHILD, RiskLevel.MEDIUM, RiskLevel.MEDIUM))
                .expectResultMessagePayload(null);
    }

    @Test
    void stale_risk_assessment_is_held_only_after_the_rules_of_every_assessment() {
        fixture.given(registered(), lowAtVersion1, mediumAtVersion2, new CaseClosed(CHILD, LocalDate.of(2024, 5, 1)))
                .when(new AssessRiskLevel(CHILD, RiskLevel.HIGH, null), capturedAgainst(1))
                .expectNoEvents()
                .expectException(violates("case.closed"));
        fixture.given(registered(), lowAtVersion1, mediumAtVersion2)
                .when(new AssessRiskLevel(CHILD, null, null), capturedAgainst(1))
                .expectNoEvents()
                .expectException(violates("level.required"));
    }
}
