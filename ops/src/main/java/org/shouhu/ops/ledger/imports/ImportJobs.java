package org.shouhu.ops.ledger.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The import jobs in {@code imports.import_job}: readable from every node. A job still marked
 * running whose progress has not moved for {@link #STALLED_AFTER} ran on a node that stopped.
 */
@Component
public class ImportJobs {

    static final Duration STALLED_AFTER = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public ImportJobs(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    void start(ImportRequest request, CheckedFile checked) {
        jdbc.update("""
                INSERT INTO imports.import_job (job_id, account, file_name, sha256, format, status, total_rows,
                    started_at, touched_at) VALUES (?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?)""",
                UUID.fromString(request.jobId()), request.actor().id(), request.fileName(), request.sha256(),
                checked.format().name(), checked.rows(), now(), now());
    }

    void progress(String jobId, ImportTally tally) {
        jdbc.update("""
                UPDATE imports.import_job SET rows_done = ?, created = ?, updated = ?, unchanged = ?, failed = ?,
                    errors = ?::jsonb, touched_at = ? WHERE job_id = ?""",
                tally.rows(), tally.count(ImportAction.CREATE), tally.count(ImportAction.UPDATE),
                tally.count(ImportAction.UNCHANGED), tally.count(ImportAction.ERROR), errors(tally), now(),
                UUID.fromString(jobId));
    }

    void finish(String jobId, ImportTally tally, String status) {
        progress(jobId, tally);
        jdbc.update("UPDATE imports.import_job SET status = ?, finished_at = ? WHERE job_id = ?", status, now(),
                UUID.fromString(jobId));
    }

    public Optional<ImportJob> find(UUID jobId) {
        return jdbc.query("SELECT * FROM imports.import_job WHERE job_id = ?", this::job, jobId).stream().findFirst();
    }

    private ImportJob job(ResultSet rs, int row) throws SQLException {
        String status = rs.getString("status");
        Instant touched = rs.getTimestamp("touched_at").toInstant();
        if (status.equals("RUNNING") && touched.plus(STALLED_AFTER).isBefore(clock.instant())) {
            status = "INTERRUPTED";
        }
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(rs.getString("job_id"), rs.getString("account"), rs.getString("file_name"),
                rs.getString("sha256"), rs.getString("format"), status, rs.getInt("total_rows"),
                rs.getInt("rows_done"), rs.getInt("created"), rs.getInt("updated"), rs.getInt("unchanged"),
                rs.getInt("failed"), errors(rs.getString("errors")), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    private String errors(ImportTally tally) {
        try {
            return json.writeValueAsString(tally.errors().stream().map(RowError::withoutValue).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("row errors that cannot be written as JSON", e);
        }
    }

    private List<RowError> errors(String text) {
        try {
            return json.readValue(text, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored row errors that are not JSON", e);
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
