package org.shouhu.ops.ledger.read;

import java.util.List;

/**
 * One row of the uploaded ledger, by column position, so that the caller can map columns by
 * the header it found rather than by a fixed layout.
 *
 * @param rowNumber the number the clerk sees next to the row in Excel (for a CSV file the
 *                  1-based record number, the header being 1), so that every problem the import
 *                  reports can point at the row to fix
 * @param cells     the cells from column A on; gaps are blank cells, trailing blank cells may be
 *                  missing, which is why {@link #cell(int)} is the way to read them
 */
public record LedgerLine(int rowNumber, List<LedgerCell> cells) {

    public LedgerLine {
        if (rowNumber < 1) {
            throw new IllegalArgumentException("row numbers start at 1, got " + rowNumber);
        }
        cells = List.copyOf(cells);
    }

    /** The cell in column {@code index} (0 = column A), a blank cell when the line has none there. */
    public LedgerCell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : LedgerCell.BLANK;
    }

    /**
     * Whether every cell is empty, formulas included: ledger templates often carry formulas
     * down hundreds of unused rows, and those rows are not children.
     */
    public boolean isBlank() {
        return cells.stream().allMatch(cell -> cell.text().isEmpty());
    }
}
