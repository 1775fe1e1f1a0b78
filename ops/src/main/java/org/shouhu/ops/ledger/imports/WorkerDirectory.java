package org.shouhu.ops.ledger.imports;

import org.shouhu.events.common.InvalidValueException;
import org.shouhu.events.common.WorkerId;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The active workers as an import finds them: a ledger names the responsible director by name
 * (or by worker id), and a name counts only among the workers whose area covers the child's
 * village, where it must be unique. Read once per import: a district has a few hundred workers.
 */
public final class WorkerDirectory {

    record Worker(String workerId, String name, String township, String village) {

        boolean serves(String childTownship, String childVillage) {
            return (township == null || township.equals(childTownship))
                    && (village == null || village.equals(childVillage));
        }
    }

    private static final Duration POLL = Duration.ofMillis(100);

    private final Map<String, Worker> byId;

    private WorkerDirectory(List<Worker> workers) {
        this.byId = workers.stream().collect(Collectors.toMap(Worker::workerId, Function.identity()));
    }

    /**
     * The directory as the workforce read model has it, once that model knows every worker the
     * write side knows as active (a worker registered just before an import must be found by
     * it); after {@code patience}, as it is.
     */
    public static WorkerDirectory load(JdbcTemplate jdbc, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (readModelBehind(jdbc) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new WorkerDirectory(jdbc.query("SELECT worker_id, name, township, village FROM read_model.worker"
                + " WHERE active", (rs, i) -> new Worker(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4))));
    }

    private static boolean readModelBehind(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM write_model.worker w WHERE w.active AND NOT EXISTS (
                    SELECT 1 FROM read_model.worker r WHERE r.worker_id = w.worker_id AND r.active))""",
                Boolean.class));
    }

    /** The worker a ledger cell names for a child of this village. */
    public WorkerId resolve(String written, String township, String village) {
        Worker byItsId = byId.get(written);
        if (byItsId != null) {
            return new WorkerId(byItsId.workerId());
        }
        List<Worker> named = byId.values().stream()
                .filter(worker -> worker.name().equals(written) && worker.serves(township, village)).toList();
        if (named.size() > 1) {
            throw new InvalidValueException("worker.ambiguous", named.size() + " active workers of this village have"
                    + " this name; write the worker id instead (GET /api/v1/workers)");
        }
        if (named.isEmpty()) {
            throw new InvalidValueException("worker.unknown", "no active worker of this name or id serves this"
                    + " village (GET /api/v1/workers lists them)");
        }
        return new WorkerId(named.get(0).workerId());
    }

    /**
     * What an export writes for a child's worker: the name, which a clerk reads, when it alone
     * finds the worker again on import; else the id.
     */
    public String exportedAs(String workerId, String township, String village) {
        Worker worker = byId.get(workerId);
        if (worker == null) {
            return Objects.toString(workerId, "");
        }
        long sameName = byId.values().stream()
                .filter(other -> other.name().equals(worker.name()) && other.serves(township, village)).count();
        return sameName == 1 ? worker.name() : worker.workerId();
    }
}
