package org.shouhu.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identifies one visit within a child case. */
public record VisitId(UUID value) {

    public VisitId {
        Require.present(value, "visitId");
    }

    public static VisitId generate() {
        return new VisitId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static VisitId of(String text) {
        return new VisitId(Uuids.parse(text, "visitId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
