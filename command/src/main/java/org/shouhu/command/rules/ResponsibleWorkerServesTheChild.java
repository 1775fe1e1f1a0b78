package org.shouhu.command.rules;

import org.shouhu.command.workers.WorkerRegister;
import org.shouhu.events.common.Area;

import java.util.Optional;

/**
 * A child's responsible worker is a registered, active worker whose area covers the child's
 * village: a director of another village, or someone who has retired, cannot answer for the child.
 */
public final class ResponsibleWorkerServesTheChild {

    private ResponsibleWorkerServesTheChild() {
    }

    public static void check(Optional<WorkerRegister.OnDuty> worker, String township, String village) {
        if (worker.isEmpty()) {
            throw new RuleViolation("worker.unknown", "workerId", "no worker with this id is registered");
        }
        if (!worker.get().active()) {
            throw new RuleViolation("worker.retired", "workerId", "the worker is retired");
        }
        Area area = worker.get().area();
        if (!area.covers(township, village)) {
            throw new RuleViolation("worker.out-of-area", "workerId",
                    "the worker's area (" + area + ") does not cover the child's village");
        }
    }
}
