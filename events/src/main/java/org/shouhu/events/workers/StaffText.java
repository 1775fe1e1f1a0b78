package org.shouhu.events.workers;

import org.shouhu.events.common.InvalidValueException;
import org.shouhu.events.common.Require;

/** Checks for the short texts of the workforce register: present, not too long, no control characters. */
final class StaffText {

    private StaffText() {
    }

    static String check(String value, String field, int maxLength) {
        String text = Require.text(value, field, maxLength);
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field + ".control-characters", field + " must not contain control characters");
        }
        return text;
    }
}
