package org.shouhu.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identifies one stored event (the message identifier of the event store). */
public record EventId(UUID value) {

    public EventId {
        Require.present(value, "eventId");
    }

    public static EventId generate() {
        return new EventId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EventId of(String text) {
        return new EventId(Uuids.parse(text, "eventId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
