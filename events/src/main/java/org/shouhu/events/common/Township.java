package org.shouhu.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A township or street (乡镇（街道）) of the district, by its name. */
public record Township(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Township {
        value = Require.text(value, "township", 60);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }
}
