package org.shouhu.events.activities;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.shouhu.events.common.Require;

/** Who held the activity: an office, a school, a court, a women's federation. */
public record Organiser(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Organiser {
        value = Require.text(value, "organiser", 200);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }
}
