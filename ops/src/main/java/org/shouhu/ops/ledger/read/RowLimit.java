package org.shouhu.ops.ledger.read;

import java.util.function.Consumer;

/**
 * Stands between a reader and the caller: drops blank lines, which carry nothing and which
 * templates have by the hundred, and stops the read as soon as the file has more non-blank lines
 * than the import accepts, rather than after having read all of them.
 */
final class RowLimit implements Consumer<LedgerLine> {

    private final int maxRows;
    private final Consumer<LedgerLine> lines;
    private int count;

    RowLimit(int maxRows, Consumer<LedgerLine> lines) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, got " + maxRows);
        }
        this.maxRows = maxRows;
        this.lines = lines;
    }

    @Override
    public void accept(LedgerLine line) {
        if (line.isBlank()) {
            return;
        }
        if (++count > maxRows) {
            throw FileProblems.tooManyRows(maxRows);
        }
        lines.accept(line);
    }
}
