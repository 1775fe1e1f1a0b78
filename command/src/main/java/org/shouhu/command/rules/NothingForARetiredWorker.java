package org.shouhu.command.rules;

/** A retired worker's record is closed: someone who comes back is registered again. */
public final class NothingForARetiredWorker {

    private NothingForARetiredWorker() {
    }

    public static void check(boolean retired) {
        if (retired) {
            throw new RuleViolation("worker.retired", null, "the worker is retired; nothing more is recorded for them");
        }
    }
}
