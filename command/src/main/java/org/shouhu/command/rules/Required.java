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

    /** A list may be absent, but a list with a null in it is a malformed request, not an empty entry. */
    public static void noNullEntries(java.util.Collection<?> values, String field) {
        if (values != null && values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new RuleViolation(field + ".null-entry", field, field + " must not contain null");
        }
    }
}
