package org.shouhu.events.common;

import org.shouhu.events.privacy.PersonalData;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A person's name as written on the resident register (Chinese names included). */
@PersonalData
public record PersonName(String value) {

    static final int MAX_LENGTH = 100;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PersonName {
        value = Require.text(value, "name", MAX_LENGTH);
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("name.control-characters", "name must not contain control characters");
        }
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }
}
