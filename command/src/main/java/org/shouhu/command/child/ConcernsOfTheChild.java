package org.shouhu.command.child;

import org.shouhu.command.rules.ConcernIsTriagedOnce;
import org.shouhu.events.common.ConcernId;
import org.shouhu.events.concerns.ConcernSeverity;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What the triage rules need to know of a child's concerns: where each stands, its deadline, whether escalated. */
final class ConcernsOfTheChild {

    /** The severity and deadline of a concern, for its escalation. */
    record Deadline(ConcernSeverity severity, Instant triageBy) {
    }

    private final Map<ConcernId, ConcernIsTriagedOnce.Step> steps = new HashMap<>();
    private final Map<ConcernId, Deadline> deadlines = new HashMap<>();
    private final Set<ConcernId> escalated = new HashSet<>();

    Map<ConcernId, ConcernIsTriagedOnce.Step> steps() {
        return steps;
    }

    ConcernIsTriagedOnce.Step stepOf(ConcernId concernId) {
        return steps.get(concernId);
    }

    Deadline deadlineOf(ConcernId concernId) {
        return deadlines.get(concernId);
    }

    boolean escalated(ConcernId concernId) {
        return escalated.contains(concernId);
    }

    void raised(ConcernId concernId, ConcernSeverity severity, Instant triageBy) {
        steps.put(concernId, ConcernIsTriagedOnce.Step.UNTRIAGED);
        deadlines.put(concernId, new Deadline(severity, triageBy));
    }

    void answered(ConcernId concernId) {
        if (concernId != null) {
            steps.put(concernId, ConcernIsTriagedOnce.Step.ANSWERED);
        }
    }

    void closed(ConcernId concernId) {
        steps.put(concernId, ConcernIsTriagedOnce.Step.CLOSED);
    }

    void escalate(ConcernId concernId) {
        escalated.add(concernId);
    }
}
