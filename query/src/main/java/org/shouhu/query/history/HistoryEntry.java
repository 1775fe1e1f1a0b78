package org.shouhu.query.history;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;

/** One event of a child's history, with who recorded it, when, and why. */
public record HistoryEntry(String eventId, String type, long sequence, LocalDate occurredOn, Instant recordedAt,
                           Actor actor, String reason, String summary, JsonNode data, String correctedBy) {

    public record Actor(String id, String role) {
    }
}
