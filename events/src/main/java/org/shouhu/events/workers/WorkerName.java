package org.shouhu.events.workers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A worker's name, as the bureau publishes it on duty rosters: a work identity, stored plain
 * (the children's names are what is sealed).
 */
public record WorkerName(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public WorkerName {
        value = StaffText.check(value, "name", 100);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }
}
