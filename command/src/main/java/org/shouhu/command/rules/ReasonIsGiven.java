package org.shouhu.command.rules;

import org.shouhu.events.common.Reason;

/**
 * Corrections, closures, reopenings and guardianship changes must say why: years later an
 * inspector must be able to read the reason next to the change.
 */
public final class ReasonIsGiven {

    private ReasonIsGiven() {
    }

    public static void check(Reason reason) {
        if (reason == null) {
            throw new RuleViolation("reason.required", "reason", "a reason is required for this change");
        }
    }
}
