package org.shouhu.ops.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure that is the database being away (stopped, restarting, unreachable, its
 * connections all taken, or too slow to answer in time) from a bug. The first is answered 503
 * with Retry-After: the request can be sent again as it is (with its Idempotency-Key, a write is
 * recorded once). The second stays a 500.
 */
public final class DatabaseAway {

    /**
     * PostgreSQL's codes for a server shutting down or refusing connections, too many
     * connections, and a statement cancelled for taking too long (class 08, connection
     * exceptions, is matched as a class).
     */
    private static final Set<String> AWAY_STATES = Set.of("57P01", "57P02", "57P03", "53300", "57014");
    private static final int DEEPEST_CAUSE = 20;

    private DatabaseAway() {
    }

    public static boolean explains(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof QueryTimeoutException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException || cause instanceof TransactionTimedOutException
                    // the commit could not be carried out: the connection went with the server
                    // (the pool says "Connection is closed", with no SQL state); whether it took
                    // effect is for the client's retry with its Idempotency-Key to find out
                    || cause instanceof TransactionSystemException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || AWAY_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
