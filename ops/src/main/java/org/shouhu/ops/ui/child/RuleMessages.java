package org.shouhu.ops.ui.child;

import java.util.List;

/**
 * The rules whose refusals the interface words in the reader's language ({@code rule.<rule>}
 * in the bundle), by the last part of the API's rule code ({@code resident-id.check-digit} is
 * {@code check-digit}). A refusal by any other rule shows the API's own message.
 */
public final class RuleMessages {

    public static final List<String> RULES = List.of("required", "format", "too-long", "check-digit", "birth-date",
            "in-future", "enum", "boolean", "range", "control-characters", "unknown-field", "type");

    private RuleMessages() {
    }
}
