package org.shouhu.command.rules;

import org.shouhu.events.common.ConcernId;

import java.util.Map;

/**
 * Every concern is triaged once: answered by an intervention or closed with a reason. A
 * concern already answered or closed is not closed again, and an intervention does not answer
 * a concern that was closed as needing none (what changed is a new concern, raised as such).
 * Further interventions may answer a concern already answered.
 */
public final class ConcernIsTriagedOnce {

    /** Where a concern stands in its triage. */
    public enum Step { UNTRIAGED, ANSWERED, CLOSED }

    private ConcernIsTriagedOnce() {
    }

    public static void checkClosable(Map<ConcernId, Step> concerns, ConcernId concernId) {
        Step step = stepOf(concerns, concernId);
        if (step != Step.UNTRIAGED) {
            throw new RuleViolation("concern.already-triaged", "concernId", "this concern is already "
                    + (step == Step.ANSWERED ? "answered by an intervention" : "closed"));
        }
    }

    public static void checkAnswerable(Map<ConcernId, Step> concerns, ConcernId concernId) {
        if (concernId != null && stepOf(concerns, concernId) == Step.CLOSED) {
            throw new RuleViolation("concern.closed", "concernId",
                    "this concern was closed as needing no intervention; raise a new concern");
        }
    }

    private static Step stepOf(Map<ConcernId, Step> concerns, ConcernId concernId) {
        Required.field(concernId, "concernId");
        ConcernMustBeKnown.check(concerns.keySet(), concernId);
        return concerns.get(concernId);
    }
}
