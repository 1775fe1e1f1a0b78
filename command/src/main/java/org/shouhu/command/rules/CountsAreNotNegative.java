package org.shouhu.command.rules;

/** Participants and materials are counted: zero or more. */
public final class CountsAreNotNegative {

    private CountsAreNotNegative() {
    }

    public static int check(Integer count, String field) {
        Required.field(count, field);
        if (count < 0) {
            throw new RuleViolation("count.negative", field, field + " must be zero or more");
        }
        return count;
    }
}
