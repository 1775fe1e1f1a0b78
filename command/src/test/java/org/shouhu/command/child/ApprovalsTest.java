package org.shouhu.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.shouhu.command.approvals.ApproveChange;
import org.shouhu.command.approvals.RejectChange;
import org.shouhu.command.guardianship.ChangeGuardianship;
import org.shouhu.command.interventions.CloseIntervention;
import org.shouhu.command.web.MetaDataKeys;
import org.shouhu.events.approvals.ApprovalId;
import org.shouhu.events.approvals.CaseClosureRequested;
import org.shouhu.events.approvals.ChangeApproved;
import org.shouhu.events.approvals.ChangeRejected;
import org.shouhu.events.approvals.GuardianshipTransferRequested;
import org.shouhu.events.approvals.InterventionClosureRequested;
import org.shouhu.events.child.CaseClosed;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.child.RiskLevelAssessed;
import org.shouhu.events.common.InterventionId;
import org.shouhu.events.common.Notes;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.Reason;
import org.shouhu.events.guardianship.Guardian;
import org.shouhu.events.guardianship.GuardianRelation;
import org.shouhu.events.interventions.InterventionClosed;
import org.shouhu.events.interventions.InterventionOpened;
import org.shouhu.events.interventions.InterventionOutcome;
import org.shouhu.events.interventions.InterventionType;

import java.time.LocalDate;
import java.util.Map;

import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.instanceOf;
import static org.shouhu.command.child.ChildCaseFixture.*;

/** SupervisorApprovesWeightyChanges: what a director asks for waits; only the supervisor's approval applies it. */
class ApprovalsTest {

    private static final Map<String, Object> DIRECTOR = Map.of(MetaDataKeys.ACTOR_ROLE, "DIRECTOR");
    private final AggregateTestFixture<ChildCase> fixture = ChildCaseFixture.fixture();
    private final Reason reason = new Reason("moved to Chengdu with her parents");
    private final LocalDate closedOn = LocalDate.of(2024, 5, 20);
    private final ApprovalId approval = ApprovalId.of("5e0d4c3b-2a19-4f8e-8d7c-6b5a49382716");
    private final CaseClosureRequested closureRequested = new CaseClosureRequested(CHILD, approval, closedOn);

    @Test
    void supervisor_approves_weighty_changes_a_directors_case_closure_waits() {
        fixture.given(registered())
                .when(new CloseCase(CHILD, closedOn, reason), DIRECTOR)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(CaseClosureRequested.class), andNoMore())));
    }

    @Test
    void supervisor_approves_weighty_changes_approval_closes_the_case() {
        fixture.given(registered(), closureRequested)
                .when(new ApproveChange(CHILD, approval, new Reason("checked with the family")))
                .expectEvents(new ChangeApproved(CHILD, approval), new CaseClosed(CHILD, closedOn));
    }

    @Test
    void supervisor_approves_weighty_changes_rejection_leaves_the_case_open() {
        fixture.given(registered(), closureRequested)
                .when(new RejectChange(CHILD, approval, new Reason("the family has not moved yet")))
                .expectEvents(new ChangeRejected(CHILD, approval));
        fixture.given(registered(), closureRequested, new ChangeRejected(CHILD, approval))
                .when(new ApproveChange(CHILD, approval, new Reason("changed my mind")))
                .expectNoEvents()
                .expectException(violates("approval.decided"));
    }

    @Test
    void supervisor_approves_weighty_changes_one_closure_request_waits_at_a_time() {
        fixture.given(registered(), closureRequested)
                .when(new CloseCase(CHILD, closedOn, reason), DIRECTOR)
                .expectNoEvents()
                .expectException(violates("approval.already-waiting"));
    }

    @Test
    void supervisor_approves_weighty_changes_a_decision_gives_a_reason_and_names_a_waiting_request() {
        fixture.given(registered(), closureRequested)
                .when(new ApproveChange(CHILD, approval, null))
                .expectNoEvents()
                .expectException(violates("reason.required"));
        fixture.given(registered())
                .when(new ApproveChange(CHILD, approval, new Reason("ok")))
                .expectNoEvents()
                .expectException(violates("approval.unknown"));
    }

    @Test
    void supervisor_approves_weighty_changes_guardianship_to_a_non_relative_waits_a_relative_does_not() {
        Guardian neighbour = new Guardian(new PersonName("赵邻居"), GuardianRelation.ENTRUSTED_NON_RELATIVE, null, null);
        fixture.given(registered(), grandmotherSince(LocalDate.of(2020, 1, 1)))
                .when(new ChangeGuardianship(CHILD, neighbour, LocalDate.of(2024, 5, 1), reason), DIRECTOR)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        instanceOf(GuardianshipTransferRequested.class), andNoMore())));
        fixture.given(registered(), grandmotherSince(LocalDate.of(2020, 1, 1)))
                .when(new ChangeGuardianship(CHILD, AUNT, LocalDate.of(2024, 5, 1), reason), DIRECTOR)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        instanceOf(org.shouhu.events.guardianship.GuardianshipTransferred.class), andNoMore())));
    }

    @Test
    void supervisor_approves_weighty_changes_closing_a_high_risk_childs_intervention_waits() {
        InterventionId intervention = InterventionId.of("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
        InterventionOpened opened = new InterventionOpened(CHILD, intervention, InterventionType.LEGAL_AID,
                new Notes("a lawyer"), LocalDate.of(2024, 4, 1), null);
        fixture.given(registered(), new RiskLevelAssessed(CHILD, RiskLevel.HIGH, null), opened)
                .when(new CloseIntervention(CHILD, intervention, LocalDate.of(2024, 5, 1), InterventionOutcome.GOAL_MET,
                        null), DIRECTOR)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        instanceOf(InterventionClosureRequested.class), andNoMore())));
        fixture.given(registered(), new RiskLevelAssessed(CHILD, RiskLevel.LOW, null), opened)
                .when(new CloseIntervention(CHILD, intervention, LocalDate.of(2024, 5, 1), InterventionOutcome.GOAL_MET,
                        null), DIRECTOR)
                .expectEvents(new InterventionClosed(CHILD, intervention, LocalDate.of(2024, 5, 1),
                        InterventionOutcome.GOAL_MET, null));
    }
}
