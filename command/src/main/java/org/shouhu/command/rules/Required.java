package org.shouhu.command.rules;

/** Every command field the work cannot do without; the HTTP layer checks first, the aggregate still refuses nulls. */
public final class Required {

    private Required() {
    }

    public static <T> T field(T value, String field) {
        if (value == null) {
            throw new RuleViolation(field + ".required", field, field + " is required");
        }
        return value;
    }
}
