package org.shouhu.command.rules;

import org.shouhu.events.common.EventId;
import org.shouhu.events.corrections.CorrectableField;

import java.util.Map;

/**
 * A correction names an event of the same child, by its event id, and a field that may be
 * corrected on that kind of event; what it corrects stays recorded as it was.
 */
public final class CorrectionNamesAnEventOfThisChild {

    private CorrectionNamesAnEventOfThisChild() {
    }

    /** @return the simple type name of the corrected event */
    public static String check(Map<EventId, String> eventTypes, EventId eventId, String field) {
        String type = eventTypes.get(eventId);
        if (type == null) {
            throw new RuleViolation("correction.unknown-event", "eventId", "this child has no event with this id");
        }
        if (field == null || !CorrectableField.allows(type, field)) {
            throw new RuleViolation("correction.field-not-correctable", "field", "on " + type + " only "
                    + CorrectableField.of(type).map(Object::toString).orElse("no field") + " may be corrected");
        }
        return type;
    }
}
