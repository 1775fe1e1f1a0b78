package org.shouhu.query.projections;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

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

    /**
     * What a projection keeps for the running batch of events (there must be one), made at the
     * first call and handed to {@code beforeCommit} just before the batch's transaction commits.
     */
    public static <T> T ofTheBatch(String key, Function<UnitOfWork<?>, T> create, Consumer<T> beforeCommit) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(key, name -> {
            T kept = create.apply(batch);
            batch.onPrepareCommit(committing -> beforeCommit.accept(kept));
            return kept;
        });
    }

    private static List<Object[]> rows(JdbcTemplate jdbc, String sql) {
        return ofTheBatch(BatchWrites.class.getName() + ":" + sql, batch -> new ArrayList<>(),
                rows -> write(jdbc, sql, rows));
    }

    private static void write(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
            rows.clear();
        }
    }
}
