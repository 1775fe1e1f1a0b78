package org.shouhu.ops.ledger.imports;

/**
 * What is wrong with one cell (or one row) of an imported file.
 *
 * @param row     the row number the clerk sees in the file
 * @param column  the column's header as the file writes it; null for the row as a whole
 * @param field   the ledger column it is ({@code RESIDENT_ID}), null for the row as a whole
 * @param value   the cell's text; given back in the dry run only, never stored or logged
 * @param rule    the rule broken, a stable code ({@code resident-id.check-digit})
 * @param message what to do about it
 */
public record RowError(int row, String column, String field, String value, String rule, String message) {

    /** The error without the cell's text, as the import job keeps it. */
    public RowError withoutValue() {
        return new RowError(row, column, field, null, rule, message);
    }
}
