package org.shouhu.command.rules;

/**
 * A command broke a rule of the work. Carries the rule's stable code (for example
 * {@code case.closed}) and the request field it concerns, so the HTTP layer can answer with a
 * problem that names both. The aggregate records nothing when it throws this.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public RuleViolation(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    /** The JSON field of the request, or null when the rule is about the case as a whole. */
    public String field() {
        return field;
    }
}
