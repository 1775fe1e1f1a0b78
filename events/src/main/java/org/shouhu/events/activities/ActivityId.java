package org.shouhu.events.activities;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.shouhu.events.common.Require;

import java.util.UUID;

public record ActivityId(UUID value) {

    public ActivityId {
        Require.present(value, "activityId");
    }

    public static ActivityId generate() {
        return new ActivityId(UUID.randomUUID());
    }

    @JsonCreator
    public static ActivityId of(String text) {
        try {
            return new ActivityId(UUID.fromString(Require.text(text, "activityId", 36)));
        } catch (IllegalArgumentException e) {
            throw new org.shouhu.events.common.InvalidValueException("activityId.format", "activityId must be a UUID");
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
