package org.shouhu.command.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads, inside the writing transaction, the version and global position of the last event
 * of a stream (a child, an account): what the write answers with.
 */
@Repository
public class StreamHeads {

    private final JdbcTemplate jdbc;

    public StreamHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public WriteResult head(String aggregateId) {
        return jdbc.query("""
                        SELECT sequence_number, global_index FROM domain_event_entry
                         WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""",
                (rs, i) -> new WriteResult(aggregateId, rs.getLong(1), rs.getLong(2)), aggregateId)
                .stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("a write left no event"));
    }
}
