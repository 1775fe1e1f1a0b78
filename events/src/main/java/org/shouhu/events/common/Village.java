package org.shouhu.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A village or community (村（社区）) inside a township, by its name. */
public record Village(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Village {
        value = Require.text(value, "village", 60);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }
}
