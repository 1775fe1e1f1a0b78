package org.shouhu.ops.integrity;

import org.shouhu.ops.nodes.NodeProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Every verification of the whole record, in {@code integrity.verification} (append-only),
 * shared by all nodes: the newest tells whether a periodic verification is due and what the
 * metrics say ({@code shouhu_integrity_intact}).
 */
@Component
public class VerificationLog {

    private final JdbcTemplate jdbc;
    private final NodeProperties node;
    private final Clock clock;

    public VerificationLog(JdbcTemplate jdbc, NodeProperties node, Clock clock) {
        this.jdbc = jdbc;
        this.node = node;
        this.clock = clock;
    }

    public record Entry(Instant finishedAt, boolean intact, long eventsChecked) {
    }

    public void record(Verification verification) {
        jdbc.update("""
                INSERT INTO integrity.verification (node_id, finished_at, intact, events_checked, checkpoints_checked)
                VALUES (?, ?, ?, ?, ?)""", node.id(), Timestamp.from(clock.instant()), verification.intact(),
                verification.eventsChecked(), verification.checkpointsChecked());
    }

    public Optional<Entry> latest() {
        return jdbc.query("SELECT finished_at, intact, events_checked FROM integrity.verification ORDER BY id DESC LIMIT 1",
                (row, index) -> new Entry(row.getTimestamp("finished_at").toInstant(), row.getBoolean("intact"),
                        row.getLong("events_checked"))).stream().findFirst();
    }
}
