package org.shouhu.events.conflicts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.shouhu.events.common.Require;
import org.shouhu.events.common.Uuids;

import java.util.UUID;

/** Identifies one conflict on a child: an entry captured offline that was held instead of applied. */
public record ConflictId(UUID value) {

    public ConflictId {
        Require.present(value, "conflictId");
    }

    public static ConflictId generate() {
        return new ConflictId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ConflictId of(String text) {
        return new ConflictId(Uuids.parse(text, "conflictId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
