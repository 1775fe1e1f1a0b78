package org.shouhu.command.rules;

/** Personal data is erased only once the work with the child has ended: an open case is still in use. */
public final class OnlyAClosedCaseIsErased {

    private OnlyAClosedCaseIsErased() {
    }

    public static void check(boolean closed) {
        if (!closed) {
            throw new RuleViolation("erasure.case-open", null, "only a closed case can be erased; close it first");
        }
    }
}
