package org.shouhu.events.activities;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.shouhu.events.common.Require;
import org.shouhu.events.common.Uuids;

import java.util.UUID;

/** Identifies one group activity. */
public record ActivityId(UUID value) {

    public ActivityId {
        Require.present(value, "activityId");
    }

    public static ActivityId generate() {
        return new ActivityId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ActivityId of(String text) {
        return new ActivityId(Uuids.parse(text, "activityId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
