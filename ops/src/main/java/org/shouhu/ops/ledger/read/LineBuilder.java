package org.shouhu.ops.ledger.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the cells of the line being read by column position, and turns them into a
 * {@link LedgerLine}: gaps (cells the file does not mention) become blank cells, trailing blank
 * cells are dropped. One builder is reused for every line, so reading allocates per line only
 * what the line keeps.
 */
final class LineBuilder {

    private final List<LedgerCell> cells = new ArrayList<>();

    /** Puts a cell at {@code column} (0 = A); a later cell at the same column replaces it. */
    void put(int column, LedgerCell cell) {
        while (cells.size() <= column) {
            cells.add(LedgerCell.BLANK);
        }
        cells.set(column, cell);
    }

    /** The line collected so far, numbered {@code rowNumber}; the builder is empty afterwards. */
    LedgerLine build(int rowNumber) {
        int end = cells.size();
        while (end > 0 && LedgerCell.BLANK.equals(cells.get(end - 1))) {
            end--;
        }
        LedgerLine line = new LedgerLine(rowNumber, cells.subList(0, end));
        cells.clear();
        return line;
    }
}
