package org.shouhu.ops.ledger.read;

import org.apache.poi.ss.SpreadsheetVersion;

import java.util.regex.Pattern;

/** Reads A1-style references from sheet XML, which comes from outside and is checked as such. */
final class CellReferences {

    /** What {@link #column} answers for a reference without a valid column. */
    static final int NO_COLUMN = -1;

    private static final int LETTERS = 'Z' - 'A' + 1;
    private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();
    private static final Pattern RANGE = Pattern.compile("[A-Z]{1,3}[0-9]{1,7}(:[A-Z]{1,3}[0-9]{1,7})?");

    private CellReferences() {
    }

    /** The 0-based column of a reference such as "C5" (2), {@link #NO_COLUMN} when it has none within Excel's columns. */
    static int column(String ref) {
        int column = 0;
        int letters = 0;
        while (letters < ref.length()) {
            char c = Character.toUpperCase(ref.charAt(letters));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * LETTERS + (c - 'A' + 1);
            letters++;
            if (column > MAX_COLUMNS) {
                return NO_COLUMN;
            }
        }
        return letters == 0 ? NO_COLUMN : column - 1;
    }

    /**
     * Whether {@code ref} is a plain range like "A5:A7", the only thing a message may quote
     * from a {@code mergeCell}: anything else in that attribute could be any text.
     */
    static boolean isRange(String ref) {
        return ref != null && RANGE.matcher(ref).matches();
    }
}
