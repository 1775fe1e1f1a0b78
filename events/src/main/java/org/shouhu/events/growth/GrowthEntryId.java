package org.shouhu.events.growth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.shouhu.events.common.Require;
import org.shouhu.events.common.Uuids;

import java.util.UUID;

/** Identifies one entry of a child's growth record. */
public record GrowthEntryId(UUID value) {

    public GrowthEntryId {
        Require.present(value, "entryId");
    }

    public static GrowthEntryId generate() {
        return new GrowthEntryId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static GrowthEntryId of(String text) {
        return new GrowthEntryId(Uuids.parse(text, "entryId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
