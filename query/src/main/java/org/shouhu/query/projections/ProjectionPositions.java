package org.shouhu.query.projections;

import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * How far each read model has read the event store. Projections record the global position
 * of each event they handle in the same transaction as their tables, so the position never
 * claims more than the tables hold; a read with {@code ?minPosition=} waits on it.
 */
@Component
public class ProjectionPositions {

    private static final long POLL_MILLIS = 20;

    private final JdbcTemplate jdbc;
    private final ReadProperties properties;

    public ProjectionPositions(JdbcTemplate jdbc, ReadProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public void record(String group, TrackingToken token) {
        if (token == null || token.position().isEmpty()) {
            return;
        }
        jdbc.update("""
                INSERT INTO read_model.projection_position (processing_group, position) VALUES (?, ?)
                ON CONFLICT (processing_group) DO UPDATE SET position = GREATEST(excluded.position,
                    read_model.projection_position.position)""", group, token.position().getAsLong());
    }

    public void reset(String group) {
        jdbc.update("DELETE FROM read_model.projection_position WHERE processing_group = ?", group);
    }

    public long position(String group) {
        List<Long> positions = jdbc.queryForList(
                "SELECT position FROM read_model.projection_position WHERE processing_group = ?", Long.class, group);
        return positions.isEmpty() ? -1 : positions.get(0);
    }

    /** The global position of the newest event in the store; -1 when it is empty. */
    public long headPosition() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    /**
     * Waits until the read model has handled the event at {@code minPosition}, at most the
     * configured time; then answers with what it has (the answer carries its position).
     */
    public long awaitAtLeast(String group, Long minPosition) {
        long position = position(group);
        if (minPosition == null) {
            return position;
        }
        long deadline = System.nanoTime() + properties.maxWait().toNanos();
        while (position < minPosition && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(POLL_MILLIS));
            position = position(group);
        }
        return position;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
