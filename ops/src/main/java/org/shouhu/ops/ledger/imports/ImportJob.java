package org.shouhu.ops.ledger.imports;

import java.time.Instant;
import java.util.List;

/**
 * An import running or run: {@code GET /api/v1/imports/{jobId}}. Its row errors name row,
 * column, rule and message but not the cells' text (the clerk has the file).
 *
 * @param status RUNNING, DONE, FAILED (the system failed: the rows done are recorded, import
 *               the file again to do the rest) or INTERRUPTED (the node stopped: likewise)
 */
public record ImportJob(String jobId, String account, String fileName, String sha256, String format, String status,
                        int totalRows, int rowsDone, int created, int updated, int unchanged, int failed,
                        List<RowError> errors, Instant startedAt, Instant finishedAt) {
}
