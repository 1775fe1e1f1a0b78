package org.shouhu.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * Identifies a member of the care workforce. Until the worker register exists this is a
 * bureau-assigned code (letters, digits, '-' and '_'), so existing staff numbers can be used.
 */
public record WorkerId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public WorkerId {
        value = Require.text(value, "workerId", 64);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("workerId.format",
                    "workerId must be letters, digits, '-' or '_' (at most 64)");
        }
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** The aggregate identifier of the worker's event stream. */
    @Override
    public String toString() {
        return value;
    }
}
