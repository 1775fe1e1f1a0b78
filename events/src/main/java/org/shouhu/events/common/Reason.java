package org.shouhu.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why a change was made: required for corrections, closures and guardianship changes. */
public record Reason(String value) {

    public static final int MAX_LENGTH = 1000;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Reason {
        value = Require.text(value, "reason", MAX_LENGTH);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }
}
