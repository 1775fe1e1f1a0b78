package org.shouhu.query.childfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A child's file: now, from the roster's read model; or as known at the end of a past day,
 * folded afresh from the events recorded up to then (their recording time, not the date the
 * user gave for the fact: "what did the bureau know on that day").
 */
@Component
public class ChildFiles {

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final EventStore eventStore;
    private final Clock clock;

    public ChildFiles(JdbcTemplate jdbc, ObjectMapper objectMapper, EventStore eventStore, Clock clock) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    public Optional<ChildFile> current(UUID childId) {
        return Optional.ofNullable(current(List.of(childId)).get(childId));
    }

    /** The stored files of these children, in one query; a child without a file has no entry. */
    public Map<UUID, ChildFile> current(Collection<UUID> childIds) {
        Map<UUID, ChildFile> files = new HashMap<>();
        if (childIds.isEmpty()) {
            return files;
        }
        jdbc.query(connection -> {
            PreparedStatement query = connection.prepareStatement(
                    "SELECT child_id, file::text FROM read_model.child_file WHERE child_id = ANY (?)");
            query.setArray(1, connection.createArrayOf("uuid", childIds.stream().distinct().toArray()));
            return query;
        }, row -> {
            files.put(row.getObject(1, UUID.class), read(row.getString(2)));
        });
        return files;
    }

    /** A file as stored in {@code read_model.child_file.file}, for a read that selects the rows itself. */
    public ChildFile read(String json) {
        try {
            return objectMapper.readValue(json, ChildFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored child file is not readable", e);
        }
    }

    public Optional<ChildFile> asOf(UUID childId, LocalDate day) {
        Instant endOfDay = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return fold(childId, event -> event.getTimestamp().isBefore(endOfDay));
    }

    /** The file folded afresh from the store, up to and including the event of {@code sequence}. */
    public Optional<ChildFile> through(UUID childId, long sequence) {
        return fold(childId, event -> event.getSequenceNumber() <= sequence);
    }

    private Optional<ChildFile> fold(UUID childId, Predicate<DomainEventMessage<?>> included) {
        ChildFile file = null;
        DomainEventStream events = eventStore.readEvents(childId.toString());
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (!included.test(event)) {
                break;
            }
            file = ChildFileFold.apply(file, event);
        }
        return Optional.ofNullable(file).filter(f -> f.childId != null);
    }
}
