package org.shouhu.command.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * The first answer to each (account, Idempotency-Key), stored in the same transaction as the
 * events it produced: either both are committed or neither is.
 */
@Repository
public class IdempotencyRecords {

    private final JdbcTemplate jdbc;

    public IdempotencyRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredResponse> find(String actorId, String key) {
        return jdbc.query("""
                        SELECT request_fingerprint, response_status, response_body, location
                          FROM write_model.idempotency_record
                         WHERE actor_id = ? AND idempotency_key = ?""",
                (rs, i) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)),
                actorId, key).stream().findFirst();
    }

    /** Fails with a duplicate-key error when a concurrent request with the same key committed first. */
    public void insert(String actorId, String key, StoredResponse response) {
        jdbc.update("""
                        INSERT INTO write_model.idempotency_record
                            (actor_id, idempotency_key, request_fingerprint, response_status, response_body, location)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                actorId, key, response.fingerprint(), response.status(), response.body(), response.location());
    }

    public record StoredResponse(String fingerprint, int status, String body, String location) {
    }
}
