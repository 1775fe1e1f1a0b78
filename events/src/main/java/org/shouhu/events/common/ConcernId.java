package org.shouhu.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identifies one concern within a child case. */
public record ConcernId(UUID value) {

    public ConcernId {
        Require.present(value, "concernId");
    }

    public static ConcernId generate() {
        return new ConcernId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ConcernId of(String text) {
        return new ConcernId(Uuids.parse(text, "concernId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
