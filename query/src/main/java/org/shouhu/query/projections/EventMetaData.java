package org.shouhu.query.projections;

import org.axonframework.eventhandling.DomainEventMessage;
import org.shouhu.events.common.StorableTime;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The metadata of an event as the read models read it: who, why, and when a device captured it. */
public final class EventMetaData {

    private EventMetaData() {
    }

    /** The value as text; null when absent (and a sealed reason that no longer opens reads as absent). */
    public static String text(DomainEventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    /**
     * When a device captured the entry offline (X-Captured-At), null for one entered live. The
     * server wrote it from a checked header; should it still not read as an instant, it is
     * unknown rather than a stop of the read model.
     */
    public static Instant capturedAt(DomainEventMessage<?> message) {
        String text = text(message, "capturedAt");
        if (text == null) {
            return null;
        }
        try {
            Instant captured = Instant.parse(text);
            return StorableTime.holds(captured) ? captured : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
