package org.shouhu.command.rules;

/**
 * A command broke a rule of the work. Carries the rule's stable code (for example
 * {@code case.closed}) and the request field it concerns, so the HTTP layer can answer with a
 * problem that names both. The aggregate records nothing when it throws this.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    /** @param message for the person who sent the request; never quote personal data in it, it may be logged */
    public RuleViolation(String rule, String field, String message) {
        // no stack trace: a refusal is an answer, not a fault
        super(message, null, false, false);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    /** A uniqueness rule (its code ends in {@code .unique}): the request conflicts with a record already there (409). */
    public boolean isConflict() {
        return rule.endsWith(".unique");
    }

    /** The JSON field of the request, or null when the rule is about the case as a whole. */
    public String field() {
        return field;
    }
}
