package org.shouhu.ops.ui.child;

import com.fasterxml.jackson.databind.JsonNode;
import org.shouhu.query.history.HistoryEntry;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One event of a child's story as the page shows it: what happened (its type, named through
 * the message bundle), when it happened and when it was recorded, by whom, why, the few
 * facts that say what it was, and whether it corrects or was corrected.
 *
 * @param details    pairs of (field name, value); a value that is a code (an enum) is shown through the bundle
 * @param capturedAt when a device recorded it offline, if it did (sent later: recordedAt is when it arrived)
 */
public record TimelineEntry(String eventId, String type, LocalDateTimeText recordedAt, String occurredOn, String actor,
                            String actorRole, String reason, List<Detail> details, String correctedBy,
                            String corrects, LocalDateTimeText capturedAt) {

    /** The fields of an event's data worth a line on the timeline, in the order they are shown. */
    private static final List<String> SHOWN = List.of("kind", "childSeen", "findings", "riskIndicators", "source",
            "severity", "description", "type", "goal", "note", "outcome", "closingNote", "level", "primaryCategory",
            "township", "village", "workerId", "relation", "capacity", "message", "field", "correctedValue",
            "status", "proposedLevel", "currentLevel", "resolution");
    private static final String CODE = "[A-Z][A-Z_]+";

    public record Detail(String field, String value, boolean code) {
    }

    /** A moment shown in the district's time, to the minute. */
    public record LocalDateTimeText(String date, String time) {
    }

    static TimelineEntry of(HistoryEntry entry, ZoneId zone) {
        return new TimelineEntry(entry.eventId(), entry.type(), text(entry.recordedAt(), zone),
                entry.occurredOn() == null ? null : entry.occurredOn().toString(),
                entry.actor() == null ? null : entry.actor().id(), entry.actor() == null ? null : entry.actor().role(),
                entry.reason(), details(entry.data()), entry.correctedBy(), entry.corrects(),
                entry.capturedAt() == null ? null : text(entry.capturedAt(), zone));
    }

    private static LocalDateTimeText text(Instant instant, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        return new LocalDateTimeText(local.toLocalDate().toString(), local.toLocalTime().withSecond(0).withNano(0).toString());
    }

    private static List<Detail> details(JsonNode data) {
        List<Detail> details = new ArrayList<>();
        if (data == null) {
            return details;
        }
        JsonNode guardian = data.get("guardian");
        if (guardian != null && guardian.isObject()) {
            add(details, "relation", guardian.get("relation"));
        }
        for (String field : SHOWN) {
            add(details, field, data.get(field));
        }
        return details;
    }

    private static void add(List<Detail> details, String field, JsonNode value) {
        if (value == null || value.isNull() || details.stream().anyMatch(detail -> detail.field().equals(field))) {
            return;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                details.add(new Detail(field, item.asText(), item.asText().matches(CODE)));
            }
            return;
        }
        if (value.isBoolean()) {
            details.add(new Detail(field, value.asBoolean() ? "YES" : "NO", true));
            return;
        }
        if (value.isValueNode()) {
            details.add(new Detail(field, value.asText(), value.asText().matches(CODE)));
        }
    }

    public boolean isCorrection() {
        return corrects != null;
    }

    public boolean wasCorrected() {
        return correctedBy != null;
    }
}
