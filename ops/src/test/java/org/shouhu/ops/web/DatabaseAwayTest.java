package org.shouhu.ops.web;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are the database away (503, try again) and which are not (a bug, or a refusal). */
class DatabaseAwayTest {

    @Test
    void no_connection_from_the_pool_is_the_database_away() {
        assertThat(DatabaseAway.explains(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("shouhu - Connection is not available")))).isTrue();
        assertThat(DatabaseAway.explains(new CannotGetJdbcConnectionException("no connection"))).isTrue();
    }

    @Test
    void a_server_shutting_down_or_a_connection_cut_is_the_database_away_however_deeply_wrapped() {
        RuntimeException wrapped = new IllegalStateException("Axon's wrapper", new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")));
        assertThat(DatabaseAway.explains(wrapped)).isTrue();
        assertThat(DatabaseAway.explains(new SQLException("An I/O error occurred", "08006"))).isTrue();
        assertThat(DatabaseAway.explains(new TransactionSystemException("Could not commit",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void a_constraint_or_a_bug_is_not() {
        assertThat(DatabaseAway.explains(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseAway.explains(new NullPointerException())).isFalse();
        assertThat(DatabaseAway.explains(new SQLException("syntax error", "42601"))).isFalse();
    }
}
