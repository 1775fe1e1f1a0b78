package org.shouhu.ops.ledger.read;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads an uploaded information ledger (信息台账), .xlsx or .csv, line by line without holding
 * it: a district's ledger has up to 100,000 rows and the server reads several at once. The
 * caller sees the same {@link LedgerLine}s whichever the format, and a {@link
 * LedgerFileException} with a message for the clerk whenever the file as a whole cannot be
 * read.
 */
public final class LedgerReader {

    private LedgerReader() {
    }

    /**
     * Hands every non-blank line of {@code file}, the header included, to {@code lines}, top to
     * bottom, as it is read. Blank lines are skipped without a word. Lines may have been handed
     * out before a problem with the file is found (a merged range is only known at the end of a
     * sheet, a broken quote only where it is), so a caller that writes should check every line
     * in a first pass.
     *
     * @param maxRows the most non-blank lines, header included, the file may have
     * @return the format the file was read in
     * @throws LedgerFileException when the file cannot be read as a ledger or has more than
     *                             {@code maxRows} lines ({@code file.too-many-rows}); exceptions
     *                             thrown by {@code lines} propagate unchanged
     * @throws java.io.UncheckedIOException when the file cannot be read from disk
     */
    public static LedgerFormat read(Path file, int maxRows, Consumer<LedgerLine> lines) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(lines, "lines");
        RowLimit limited = new RowLimit(maxRows, lines);
        LedgerFormat format = LedgerFormat.sniff(file);
        switch (format) {
            case XLSX -> XlsxLedgerReader.read(file, limited);
            case CSV -> CsvLedgerReader.read(file, limited);
        }
        return format;
    }
}
