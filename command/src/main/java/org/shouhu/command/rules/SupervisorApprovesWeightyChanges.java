package org.shouhu.command.rules;

import org.shouhu.events.approvals.ApprovalId;
import org.shouhu.events.child.RiskLevel;
import org.shouhu.events.guardianship.GuardianRelation;

import java.util.Map;
import java.util.Set;

/**
 * As township supervisors review cases today (审核): when a village director closes a case,
 * closes an intervention of a child at high or critical risk, or gives guardianship to someone
 * who is not a relative, the change waits for the supervisor's approval and applies only then.
 * Supervisors and the bureau make such changes themselves.
 */
public final class SupervisorApprovesWeightyChanges {

    private static final String DIRECTOR = "DIRECTOR";
    private static final Set<GuardianRelation> NON_RELATIVES = Set.of(GuardianRelation.ENTRUSTED_NON_RELATIVE,
            GuardianRelation.INSTITUTION);
    private static final Set<RiskLevel> HIGH_RISK = Set.of(RiskLevel.HIGH, RiskLevel.CRITICAL);

    private SupervisorApprovesWeightyChanges() {
    }

    public static boolean forClosure(String actorRole) {
        return DIRECTOR.equals(actorRole);
    }

    public static boolean forGuardianship(String actorRole, GuardianRelation relation) {
        return DIRECTOR.equals(actorRole) && relation != null && NON_RELATIVES.contains(relation);
    }

    public static boolean forInterventionClosure(String actorRole, RiskLevel riskLevel) {
        return DIRECTOR.equals(actorRole) && riskLevel != null && HIGH_RISK.contains(riskLevel);
    }

    /** One request of a kind waits at a time: a second closure request while one waits is a duplicate. */
    public static void checkNoneWaiting(Map<ApprovalId, Object> pending, Class<?> kind) {
        if (pending.values().stream().anyMatch(kind::isInstance)) {
            throw new RuleViolation("approval.already-waiting", null,
                    "a request of this kind already waits for the supervisor's approval");
        }
    }

    /** @return the request the decision is about */
    public static Object waiting(Map<ApprovalId, Object> pending, Set<ApprovalId> decided, ApprovalId approvalId) {
        Required.field(approvalId, "approvalId");
        if (decided.contains(approvalId)) {
            throw new RuleViolation("approval.decided", null, "this request was already approved or rejected");
        }
        Object request = pending.get(approvalId);
        if (request == null) {
            throw new RuleViolation("approval.unknown", "approvalId", "no request with this id waits on this child");
        }
        return request;
    }
}
