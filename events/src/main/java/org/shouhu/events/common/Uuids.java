package org.shouhu.events.common;

import java.util.UUID;

public final class Uuids {

    private Uuids() {
    }

    public static UUID parse(String text, String type) {
        Require.text(text, type, 36);
        try {
            UUID uuid = UUID.fromString(text.strip());
            if (!uuid.toString().equalsIgnoreCase(text.strip())) {
                throw new IllegalArgumentException("not canonical");
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(type + ".format", type + " must be a UUID");
        }
    }
}
