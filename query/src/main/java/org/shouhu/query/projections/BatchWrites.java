package org.shouhu.query.projections;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows a projection writes for a batch of events, sent to the database together, in one round
 * trip, just before the batch's transaction commits: one statement per event, each waiting for
 * its answer, is what made a replay slow. Outside a batch (no unit of work) a row is written
 * at once.
 */
public final class BatchWrites {

    private BatchWrites() {
    }

    /** Adds a row for {@code sql}, written with the rest of the batch. */
    public static void add(JdbcTemplate jdbc, String sql, Object... arguments) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, arguments);
            return;
        }
        rows(jdbc, sql).add(arguments);
    }

    /** Writes the rows gathered so far for {@code sql} now: a later statement of the batch reads or changes them. */
    public static void writeNow(JdbcTemplate jdbc, String sql) {
        if (CurrentUnitOfWork.isStarted()) {
            write(jdbc, sql, rows(jdbc, sql));
        }
    }

    private static List<Object[]> rows(JdbcTemplate jdbc, String sql) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(BatchWrites.class.getName() + ":" + sql, key -> {
            List<Object[]> rows = new ArrayList<>();
            batch.onPrepareCommit(committing -> write(jdbc, sql, rows));
            return rows;
        });
    }

    private static void write(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
            rows.clear();
        }
    }
}
