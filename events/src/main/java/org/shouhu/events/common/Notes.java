package org.shouhu.events.common;

import org.shouhu.events.privacy.PersonalData;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Free text written by a worker: findings, goals, progress notes, descriptions. */
@PersonalData
public record Notes(String value) {

    public static final int MAX_LENGTH = 4000;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Notes {
        value = Require.text(value, "text", MAX_LENGTH);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }
}
