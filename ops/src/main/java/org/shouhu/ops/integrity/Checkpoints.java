package org.shouhu.ops.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Appends checkpoints: one at a time across all nodes (an advisory lock), each over every
 * event committed before it began, resuming the Merkle tree from the previous checkpoint's
 * frontier so that only the new events are read.
 */
public class Checkpoints {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);
    /** The advisory lock that keeps two nodes from appending checkpoints at once. */
    private static final long LOCK = 0x5348_4f55_4855_0001L;
    private static final String EMPTY_FRONTIER = "0;";

    static final RowMapper<Checkpoint> ROW = (rs, i) -> new Checkpoint(rs.getLong("id"), rs.getLong("tree_size"),
            rs.getLong("last_position"), rs.getString("root_hash"), rs.getString("previous_hash"),
            rs.getTimestamp("created_at").toInstant(), rs.getString("statement"), rs.getString("checkpoint_hash"),
            rs.getString("key_id"), rs.getString("signature"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SigningKey key;
    private final Clock clock;

    public Checkpoints(JdbcTemplate jdbc, TransactionTemplate transactions, SigningKey key, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.key = key;
        this.clock = clock;
    }

    public Optional<Checkpoint> latest() {
        return jdbc.query("SELECT * FROM integrity.checkpoint ORDER BY tree_size DESC LIMIT 1", ROW).stream().findFirst();
    }

    /** The checkpoint with this hash (one printed earlier, say before a backup), if the store holds it. */
    public Optional<Checkpoint> withHash(String checkpointHash) {
        return jdbc.query("SELECT * FROM integrity.checkpoint WHERE checkpoint_hash = ?", ROW, checkpointHash)
                .stream().findFirst();
    }

    /** Newest first, before the checkpoint {@code beforeId} when given. */
    public List<Checkpoint> list(Long beforeId, int limit) {
        return jdbc.query("SELECT * FROM integrity.checkpoint WHERE (?::bigint IS NULL OR id < ?) ORDER BY id DESC LIMIT ?",
                ROW, beforeId, beforeId, limit);
    }

    /** A new checkpoint over all events committed so far; empty when none were added since the last one. */
    public Optional<Checkpoint> append() {
        long head = committedHead();
        return transactions.execute(status -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, LOCK);
            Optional<Checkpoint> last = latest();
            String frontier = last.map(c -> jdbc.queryForObject(
                    "SELECT frontier FROM integrity.checkpoint WHERE id = ?", String.class, c.id())).orElse(EMPTY_FRONTIER);
            long after = last.map(Checkpoint::lastPosition).orElse(0L);
            if (head <= after) {
                return Optional.<Checkpoint>empty();
            }
            Merkle.Accumulator tree = Merkle.Accumulator.resume(frontier);
            long[] lastPosition = {after};
            jdbc.query("SELECT global_index, event_hash FROM domain_event_entry WHERE global_index > ? AND global_index <= ?"
                    + " ORDER BY global_index", row -> {
                tree.add(Merkle.leaf(LeafHashes.of(row.getString(2))));
                lastPosition[0] = row.getLong(1);
            }, after, head);
            String root = HexFormat.of().formatHex(tree.root());
            String previous = last.map(Checkpoint::checkpointHash).orElse(EventHash.GENESIS);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            String statement = Checkpoint.statement(tree.size(), lastPosition[0], root, previous, now, key.id());
            String hash = HexFormat.of().formatHex(EventHash.sha256().digest(statement.getBytes(StandardCharsets.UTF_8)));
            Long id = jdbc.queryForObject("""
                    INSERT INTO integrity.checkpoint (tree_size, last_position, root_hash, previous_hash, created_at,
                        statement, checkpoint_hash, key_id, signature, frontier)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, tree.size(), lastPosition[0],
                    root, previous, Timestamp.from(now), statement, hash, key.id(), key.sign(statement), tree.frontier());
            log.info("Checkpoint {} over {} events up to position {}", id, tree.size(), lastPosition[0]);
            return jdbc.query("SELECT * FROM integrity.checkpoint WHERE id = ?", ROW, id).stream().findFirst();
        });
    }

    /**
     * The highest position below which every event is committed: taking the append lock
     * exclusively waits for every transaction that is appending events to end (and holds new
     * ones back for that moment only), so no event can later appear below it.
     */
    private long committedHead() {
        return transactions.execute(status -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, AppendLock.KEY);
            return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        });
    }
}
