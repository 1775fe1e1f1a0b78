package org.shouhu.ops.ledger;

import org.shouhu.ops.ledger.read.LedgerCell;
import org.shouhu.ops.ledger.read.LedgerFileException;
import org.shouhu.ops.ledger.read.LedgerLine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where each column of the ledger is in a file, from its header line. Ledgers often carry a
 * title line or two above the headers; the header is the first line that names at least
 * {@link #RECOGNISED} columns. Columns the file has and the ledger does not know are ignored,
 * and said so.
 */
public final class LedgerHeader {

    /** How many known column names make a line the header line. */
    static final int RECOGNISED = 3;

    private final int rowNumber;
    private final Map<LedgerColumn, Integer> positions;
    private final Map<LedgerColumn, String> written;
    private final List<String> ignored;

    private LedgerHeader(int rowNumber, Map<LedgerColumn, Integer> positions, Map<LedgerColumn, String> written,
                         List<String> ignored) {
        this.rowNumber = rowNumber;
        this.positions = positions;
        this.written = written;
        this.ignored = ignored;
    }

    /** The header in this line, if it is the header line; a header line that lacks required columns is refused. */
    public static Optional<LedgerHeader> recognise(LedgerLine line) {
        Map<LedgerColumn, Integer> positions = new EnumMap<>(LedgerColumn.class);
        Map<LedgerColumn, String> written = new EnumMap<>(LedgerColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int index = 0; index < line.cells().size(); index++) {
            String text = line.cell(index).text();
            if (text.isEmpty()) {
                continue;
            }
            Optional<LedgerColumn> column = LedgerColumn.matching(text);
            if (column.isEmpty()) {
                ignored.add(text);
            } else if (positions.putIfAbsent(column.get(), index) != null) {
                throw new LedgerFileException("file.duplicate-column", "The header row names the column "
                        + column.get().header() + " (" + column.get().englishHeader() + ") twice; keep one of them");
            } else {
                written.put(column.get(), text);
            }
        }
        if (positions.size() < RECOGNISED) {
            return Optional.empty();
        }
        List<String> missing = Stream.of(LedgerColumn.values())
                .filter(column -> column.required() && !positions.containsKey(column))
                .map(column -> column.header() + " (" + column.englishHeader() + ")").toList();
        if (!missing.isEmpty()) {
            throw new LedgerFileException("file.missing-columns", "The file lacks the required column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + "; the template (GET /api/v1/imports/template) shows every column and its spellings");
        }
        return Optional.of(new LedgerHeader(line.rowNumber(), positions, written, ignored));
    }

    public int rowNumber() {
        return rowNumber;
    }

    /** The headers of the file that name no column of the ledger: their cells are not imported. */
    public List<String> ignored() {
        return ignored;
    }

    /** The column's header as the file writes it, to name it in a message the clerk can find. */
    public String written(LedgerColumn column) {
        return written.getOrDefault(column, column.header());
    }

    public LedgerRow row(LedgerLine line) {
        Map<LedgerColumn, String> values = new EnumMap<>(LedgerColumn.class);
        positions.forEach((column, index) -> values.put(column, line.cell(index).text()));
        return new LedgerRow(line.rowNumber(), values);
    }

    /** The cells of imported columns that hold formulas, as references like "D7". */
    public List<String> formulaCells(LedgerLine line) {
        return positions.values().stream().sorted()
                .filter(index -> line.cell(index).formula())
                .map(index -> columnLetters(index) + line.rowNumber())
                .collect(Collectors.toList());
    }

    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** Unused cells are blank: a line is empty for the ledger when every imported cell is. */
    public boolean blank(LedgerLine line) {
        return positions.values().stream().map(line::cell).map(LedgerCell::text).allMatch(String::isEmpty);
    }
}
