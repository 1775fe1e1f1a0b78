package org.shouhu.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identifies one child case (one event stream). */
public record ChildId(UUID value) {

    public ChildId {
        Require.present(value, "childId");
    }

    public static ChildId generate() {
        return new ChildId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ChildId of(String text) {
        return new ChildId(Uuids.parse(text, "childId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
