package org.shouhu.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.shouhu.events.child.ChildDataErased;
import org.shouhu.events.corrections.EntryCorrected;
import org.shouhu.events.privacy.Redaction;
import org.shouhu.query.childfile.ChildCaseStream;
import org.shouhu.query.projections.BatchWrites;
import org.shouhu.query.projections.EventMetaData;
import org.shouhu.query.projections.OnQueryNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Every event of every child, in order, with who recorded it, when, why, and what it said; for
 * an entry captured offline also when the device captured it.
 */
@Component
@OnQueryNode
@ProcessingGroup(ChildHistoryProjection.NAME)
public class ChildHistoryProjection {

    public static final String NAME = "child-history";
    /** The correctable fields that are the date of the fact (the others are kinds, names and notes). */
    private static final java.util.Set<String> DATE_FIELDS = java.util.Set.of("occurredOn", "openedOn", "closedOn");
    private static final String INSERT = """
            INSERT INTO read_model.child_history (event_id, child_id, sequence, type, occurred_on,
                recorded_at, actor_id, actor_role, reason, summary, data, global_position, captured_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
            ON CONFLICT (event_id) DO NOTHING""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final EventStore eventStore;

    public ChildHistoryProjection(JdbcTemplate jdbc, ObjectMapper objectMapper,
                                  Clock clock, EventStore eventStore) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message, TrackingToken token) {
        if (!ChildCaseStream.contains(message)) {
            return;
        }
        LocalDate occurredOn = HistoryEntries.occurredOn(event);
        if (occurredOn == null) {
            occurredOn = LocalDate.ofInstant(message.getTimestamp(), clock.getZone());
        }
        BatchWrites.add(jdbc, INSERT, message.getIdentifier(), UUID.fromString(message.getAggregateIdentifier()),
                message.getSequenceNumber(), event.getClass().getSimpleName(), occurredOn,
                Timestamp.from(message.getTimestamp()), EventMetaData.text(message, "actorId"),
                EventMetaData.text(message, "actorRole"), EventMetaData.text(message, "reason"),
                HistoryEntries.summary(event), json(event),
                token == null ? -1 : token.position().orElse(-1), timestamp(EventMetaData.capturedAt(message)));
        if (event instanceof ChildDataErased || event instanceof EntryCorrected) {
            // these change entries written before, maybe in this batch
            BatchWrites.writeNow(jdbc, INSERT);
        }
        if (event instanceof ChildDataErased) {
            forgetPersonalData(message);
        }
        if (event instanceof EntryCorrected correction) {
            jdbc.update("UPDATE read_model.child_history SET corrected_by = ? WHERE event_id = ?",
                    message.getIdentifier(), correction.correctedEventId().toString());
            if (DATE_FIELDS.contains(correction.field())) {
                // the date the fact happened is what reports count by: the corrected one
                jdbc.update("UPDATE read_model.child_history SET occurred_on = ?::date WHERE event_id = ?",
                        correction.correctedValue(), correction.correctedEventId().toString());
            }
        }
    }

    /**
     * The entries written before the erasure are written again with their personal data
     * removed ({@link Redaction}) and without their reasons (sealed with it), not trusting that it no longer opens (a key may still be
     * cached for a moment on some node): the history then reads as a replay from zero would.
     */
    private void forgetPersonalData(DomainEventMessage<?> erasure) {
        DomainEventStream events = eventStore.readEvents(erasure.getAggregateIdentifier());
        while (events.hasNext()) {
            DomainEventMessage<?> earlier = events.next();
            if (earlier.getSequenceNumber() >= erasure.getSequenceNumber()) {
                break;
            }
            jdbc.update("UPDATE read_model.child_history SET data = ?::jsonb, reason = NULL WHERE event_id = ?",
                    json(Redaction.of(earlier.getPayload())), earlier.getIdentifier());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE read_model.child_history");
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private String json(Object event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event cannot be written as JSON", e);
        }
    }
}
