package org.shouhu.query.projections;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * How far each read model has read the event store, taken from its processor's tokens in
 * {@code token_entry}: Axon stores a segment's token in the same transaction as the batch of
 * table writes it covers, so the position never claims more than the tables hold, whichever
 * node wrote them. A processor split into segments (shared by several nodes) has read as far
 * as its slowest segment. A read with {@code ?minPosition=} waits on it.
 */
@Component
public class ProjectionPositions {

    private static final long POLL_MILLIS = 20;

    private final JdbcTemplate jdbc;
    private final ReadProperties properties;
    private final Serializer serializer;

    public ProjectionPositions(JdbcTemplate jdbc, ReadProperties properties, Serializer serializer) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.serializer = serializer;
    }

    /**
     * The global position through which the processor has handled the store, over all its
     * segments; -1 before it has started (after a reset it counts again from the first event).
     */
    public long position(String processor) {
        List<Long> segments = jdbc.query("SELECT token, token_type FROM token_entry WHERE processor_name = ?",
                (row, index) -> position(row.getString("token"), row.getString("token_type")), processor);
        return segments.stream().mapToLong(Long::longValue).min().orElse(-1);
    }

    /** How many segments the processor's tokens are stored in; 0 before it first started. */
    public int segments(String processor) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?", Integer.class,
                processor);
        return count == null ? 0 : count;
    }

    /** How many nodes hold a segment of the processor now. */
    public int owners(String processor) {
        Integer count = jdbc.queryForObject(
                "SELECT count(DISTINCT owner) FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL",
                Integer.class, processor);
        return count == null ? 0 : count;
    }

    /** Drops the processor's tokens (it must be stopped on every node): it starts again from the first event. */
    public void forgetSegments(String processor) {
        jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", processor);
    }

    private long position(String token, String tokenType) {
        if (token == null || tokenType == null) {
            return -1;
        }
        TrackingToken tracked = serializer.deserialize(new SimpleSerializedObject<>(token, String.class, tokenType, null));
        return tracked == null ? -1 : tracked.position().orElse(-1);
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
