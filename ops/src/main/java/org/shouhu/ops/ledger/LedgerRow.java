package org.shouhu.ops.ledger;

import java.util.EnumMap;
import java.util.Map;

/**
 * One line of a ledger as text by column: what the import reads from a file and what the
 * export writes to one, so that an export can be imported again unchanged.
 *
 * @param number the row number the clerk sees in the file
 */
public record LedgerRow(int number, Map<LedgerColumn, String> values) {

    public LedgerRow {
        EnumMap<LedgerColumn, String> copy = new EnumMap<>(LedgerColumn.class);
        values.forEach((column, value) -> copy.put(column, value == null ? "" : value.strip()));
        values = copy;
    }

    /** The column's text, "" when the column is absent or the cell blank. */
    public String get(LedgerColumn column) {
        return values.getOrDefault(column, "");
    }

    public boolean has(LedgerColumn column) {
        return !get(column).isEmpty();
    }
}
