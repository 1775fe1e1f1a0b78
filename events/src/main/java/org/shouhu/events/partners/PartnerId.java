package org.shouhu.events.partners;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.shouhu.events.common.Require;
import org.shouhu.events.common.Uuids;

import java.util.UUID;

/** Identifies a partner organisation. */
public record PartnerId(UUID value) {

    public PartnerId {
        Require.present(value, "partnerId");
    }

    public static PartnerId generate() {
        return new PartnerId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PartnerId of(String text) {
        return new PartnerId(Uuids.parse(text, "partnerId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
