package org.shouhu.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identifies one intervention within a child case. */
public record InterventionId(UUID value) {

    public InterventionId {
        Require.present(value, "interventionId");
    }

    public static InterventionId generate() {
        return new InterventionId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static InterventionId of(String text) {
        return new InterventionId(Uuids.parse(text, "interventionId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
