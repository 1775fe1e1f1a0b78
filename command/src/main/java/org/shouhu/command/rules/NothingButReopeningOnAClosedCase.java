package org.shouhu.command.rules;

/**
 * A closed case is the record of work that ended: nothing is added to it until it is reopened.
 * Corrections of what was recorded stay possible, since a wrong entry stays wrong after closure.
 */
public final class NothingButReopeningOnAClosedCase {

    private NothingButReopeningOnAClosedCase() {
    }

    public static void check(boolean closed) {
        if (closed) {
            throw new RuleViolation("case.closed", null, "the case is closed; reopen it first");
        }
    }

    /** A case reopens after it closed: a reopening dated before the closure would leave a gap no one can read. */
    public static void checkReopening(boolean closed, java.time.LocalDate closedOn, java.time.LocalDate reopenedOn) {
        if (!closed) {
            throw new RuleViolation("case.not-closed", null, "the case is open; only a closed case can be reopened");
        }
        if (closedOn != null && reopenedOn != null && reopenedOn.isBefore(closedOn)) {
            throw new RuleViolation("case.reopened-before-closure", "effectiveOn",
                    "the case cannot reopen before it was closed (" + closedOn + ")");
        }
    }
}
