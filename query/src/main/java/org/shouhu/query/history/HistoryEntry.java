package org.shouhu.query.history;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event of a child's history, with who recorded it, when, and why. Corrections are in plain
 * sight: a corrected event names the correction ({@code correctedBy}), a correction the event it
 * corrects ({@code corrects}). An entry captured offline says when the device captured it
 * ({@code capturedAt}, null for one entered live), besides when the server recorded it.
 */
public record HistoryEntry(String eventId, String type, long sequence, LocalDate occurredOn, Instant recordedAt,
                           Actor actor, String reason, String summary, JsonNode data, String correctedBy,
                           String corrects, Instant capturedAt) {

    public record Actor(String id, String role) {
    }
}
