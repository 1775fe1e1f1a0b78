package org.shouhu.ops.ledger.imports;

import org.shouhu.ops.ledger.LedgerColumn;
import org.shouhu.ops.ledger.LedgerHeader;
import org.shouhu.ops.ledger.read.LedgerFileException;
import org.shouhu.ops.ledger.read.LedgerFormat;
import org.shouhu.ops.ledger.read.LedgerLine;
import org.shouhu.ops.ledger.read.LedgerReader;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The first pass over an uploaded file, before anything is written: is it a spreadsheet, does
 * it have the ledger's header, rows, no formulas in the imported columns (a formula's value is
 * only what the spreadsheet last computed: paste values), no merged cells, and which rows
 * share a resident ID. Anything wrong with the file as a whole refuses it here.
 */
public final class LedgerCheck {

    /** Title lines a ledger may carry above its header line. */
    static final int MAX_LINES_BEFORE_HEADER = 5;
    /** Cell references named in a message about formulas. */
    static final int CELLS_NAMED = 5;
    private static final Pattern RESIDENT_ID_SHAPE = Pattern.compile("[0-9]{17}[0-9X]");

    private LedgerCheck() {
    }

    public static CheckedFile check(Path file, int maxRows) {
        Pass pass = new Pass();
        LedgerFormat format = LedgerReader.read(file, maxRows, pass::line);
        if (pass.header == null) {
            throw new LedgerFileException("file.no-header", "No row of the file holds the ledger's column headers"
                    + " (姓名, 性别, 出生日期, 身份证号, …); the template (GET /api/v1/imports/template) shows them");
        }
        if (!pass.formulas.isEmpty()) {
            throw new LedgerFileException("file.formulas", "Cells " + String.join(", ", pass.formulas)
                    + (pass.formulaCount > CELLS_NAMED ? " and " + (pass.formulaCount - CELLS_NAMED) + " more" : "")
                    + " hold formulas: copy the columns and paste them as values, then upload again");
        }
        if (pass.rows == 0) {
            throw new LedgerFileException("file.no-rows", "The file has the ledger's headers but no rows below them");
        }
        return new CheckedFile(format, pass.header, pass.rows, pass.sharedIds());
    }

    /** The state of the pass: the header once found, what was counted and collected below it. */
    private static final class Pass {

        private LedgerHeader header;
        private int linesBeforeHeader;
        private int rows;
        private int formulaCount;
        private final List<String> formulas = new ArrayList<>();
        private final Map<String, List<Integer>> rowsById = new HashMap<>();

        void line(LedgerLine line) {
            if (header == null) {
                header = LedgerHeader.recognise(line).orElse(null);
                if (header == null && ++linesBeforeHeader >= MAX_LINES_BEFORE_HEADER) {
                    throw new LedgerFileException("file.no-header", "None of the first " + MAX_LINES_BEFORE_HEADER
                            + " rows holds the ledger's column headers (姓名, 性别, 出生日期, 身份证号, …);"
                            + " the template (GET /api/v1/imports/template) shows them");
                }
                return;
            }
            if (header.blank(line)) {
                return;
            }
            rows++;
            for (String cell : header.formulaCells(line)) {
                if (formulaCount++ < CELLS_NAMED) {
                    formulas.add(cell);
                }
            }
            String residentId = normalizedId(header.row(line).get(LedgerColumn.RESIDENT_ID));
            // only an ID of the right shape counts: rows that share a mangled one have a worse problem
            if (RESIDENT_ID_SHAPE.matcher(residentId).matches()) {
                rowsById.computeIfAbsent(residentId, id -> new ArrayList<>(1)).add(line.rowNumber());
            }
        }

        Map<Integer, List<Integer>> sharedIds() {
            Map<Integer, List<Integer>> shared = new TreeMap<>();
            rowsById.values().stream().filter(rowsOfId -> rowsOfId.size() > 1)
                    .forEach(rowsOfId -> rowsOfId.forEach(row -> shared.put(row, rowsOfId)));
            return shared;
        }
    }

    static String normalizedId(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
