package org.shouhu.ops.ledger.imports;

import java.util.List;

/**
 * The answer of {@code POST /api/v1/imports?dryRun=true}: what importing the file would do,
 * row by row, with every error (its cell's text included, for the clerk to find it), and the
 * file's columns that the ledger does not know and would not import. Nothing was recorded.
 * The counts say what would be created, updated, left unchanged, and refused ({@code failed}).
 */
public record DryRunReport(boolean dryRun, String fileName, String sha256, String format, int rows, int create,
                           int update, int unchanged, int failed, List<String> ignoredColumns,
                           List<RowOutcome> results) {
}
