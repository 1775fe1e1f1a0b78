package org.shouhu.events.common;

/**
 * Thrown by a value type whose constructor refuses its input. Carries a stable rule code
 * (for example {@code resident-id.check-digit}) so that the HTTP layer can name the rule
 * next to the field it was reading.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String rule;

    public InvalidValueException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
