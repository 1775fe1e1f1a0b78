package org.shouhu.ops.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon when an append met an event already at that place in the child's stream. Axon's
 * default for JDBC looks for {@code SQLIntegrityConstraintViolationException}, which the
 * PostgreSQL driver never throws: a second node's append to the same child then failed as a
 * storage error (500) instead of a concurrent write (409, retried once by the dispatcher).
 */
class DuplicateKeys implements PersistenceExceptionResolver {

    /** PostgreSQL's unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int DEEPEST_CAUSE = 20;

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        Throwable cause = exception;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
