package org.shouhu.ops.ledger.read;

import java.util.List;

/**
 * Every way an uploaded file can be unreadable, with the sentence that tells the clerk what to
 * do about it. Kept in one place so that the two readers word the same problem the same way,
 * and so that no message is ever built from a cell's content.
 */
final class FileProblems {

    static final String EMPTY = "file.empty";
    static final String NOT_A_SPREADSHEET = "file.not-a-spreadsheet";
    static final String LEGACY_XLS = "file.legacy-xls";
    static final String UNKNOWN_ENCODING = "file.unknown-encoding";
    static final String MALFORMED_CSV = "file.malformed-csv";
    static final String MERGED_CELLS = "file.merged-cells";
    static final String TOO_MANY_ROWS = "file.too-many-rows";

    private FileProblems() {
    }

    static LedgerFileException empty() {
        return new LedgerFileException(EMPTY,
                "The file is empty: upload the ledger as an .xlsx or .csv file");
    }

    static LedgerFileException notASpreadsheet() {
        return new LedgerFileException(NOT_A_SPREADSHEET,
                "The file is not a spreadsheet: upload an .xlsx or .csv file");
    }

    /** A zip that is, or claims to be, a workbook but cannot be read through. */
    static LedgerFileException unreadableWorkbook(Throwable cause) {
        return new LedgerFileException(NOT_A_SPREADSHEET,
                "The file cannot be read as an Excel workbook (it may be another kind of file, or damaged,"
                        + " or incompletely uploaded): open it in Excel, save it as .xlsx (Excel Workbook)"
                        + " and upload it again",
                cause);
    }

    static LedgerFileException noWorksheet() {
        return new LedgerFileException(NOT_A_SPREADSHEET,
                "The workbook has no worksheet: put the ledger on the first sheet, save it as .xlsx and upload it again");
    }

    /** OLE2 is both the Excel 97-2003 format and the wrapper of a password-protected .xlsx. */
    static LedgerFileException legacyXls() {
        return new LedgerFileException(LEGACY_XLS,
                "The file is an Excel 97-2003 workbook (.xls) or a password-protected workbook:"
                        + " remove any password, save it as .xlsx (Excel Workbook) or .csv and upload it again");
    }

    static LedgerFileException unknownEncoding() {
        return new LedgerFileException(UNKNOWN_ENCODING,
                "The characters of the CSV file cannot be read: save it as \"CSV UTF-8\" (or in GB18030/GBK)"
                        + " and upload it again");
    }

    /** What Excel writes as "Unicode Text": readable, but not one of the two encodings we take. */
    static LedgerFileException utf16() {
        return new LedgerFileException(UNKNOWN_ENCODING,
                "The file is UTF-16 (\"Unicode Text\"): save it as \"CSV UTF-8\" (or in GB18030/GBK)"
                        + " and upload it again");
    }

    static LedgerFileException malformedCsv(long line, Throwable cause) {
        return new LedgerFileException(MALFORMED_CSV,
                "The CSV file cannot be read from line " + line + " on: a quotation mark there is not closed,"
                        + " or a quoted value is followed by other text; correct that line and upload it again",
                cause);
    }

    /**
     * @param ranges the first merged ranges (references such as "A5:A7", never their content)
     * @param total  how many merged ranges the sheet has in all
     */
    static LedgerFileException mergedCells(List<String> ranges, int total) {
        String named;
        if (ranges.isEmpty()) {
            named = total + " merged ranges";
        } else {
            named = String.join(", ", ranges);
            int more = total - ranges.size();
            if (more > 0) {
                named += " and " + more + " more";
            }
        }
        return new LedgerFileException(MERGED_CELLS,
                "The sheet has merged cells (" + named + "): unmerge them and fill in the value on every row");
    }

    static LedgerFileException tooManyRows(int maxRows) {
        return new LedgerFileException(TOO_MANY_ROWS,
                "The file has more than " + maxRows + " rows (the header included):"
                        + " split it into files of at most " + maxRows + " rows and upload them one by one");
    }
}
