package org.shouhu.events.flags;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.shouhu.events.common.Require;
import org.shouhu.events.common.Uuids;

import java.util.UUID;

/** Identifies one flag on a child. */
public record FlagId(UUID value) {

    public FlagId {
        Require.present(value, "flagId");
    }

    public static FlagId generate() {
        return new FlagId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FlagId of(String text) {
        return new FlagId(Uuids.parse(text, "flagId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
