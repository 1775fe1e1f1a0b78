package org.shouhu.ops.axon;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A second append at the same place in a stream, as PostgreSQL reports it, is a concurrent write. */
class DuplicateKeysTest {

    private final DuplicateKeys resolver = new DuplicateKeys();

    @Test
    void a_unique_violation_in_a_batch_is_a_duplicate_key() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0], unique);
        assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(new EventStoreException("append failed", unique))).isTrue();
    }

    @Test
    void any_other_failure_is_not() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("check violation", "23514"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("connection refused", "08001"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException())).isFalse();
    }
}
