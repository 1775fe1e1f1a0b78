package org.shouhu.events.workers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.shouhu.events.common.PhoneNumber;

/** A worker's duty telephone: the same format as any phone number, published with the duty roster. */
public record WorkPhone(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public WorkPhone {
        value = new PhoneNumber(value).value();
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }
}
