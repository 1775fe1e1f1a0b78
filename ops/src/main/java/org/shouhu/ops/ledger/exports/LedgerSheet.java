package org.shouhu.ops.ledger.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** A sheet written row by row to a stream, in .xlsx or .csv; nothing but a window of rows is held in memory. */
public interface LedgerSheet extends AutoCloseable {

    String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    String CSV_MEDIA_TYPE = "text/csv;charset=UTF-8";

    void row(List<String> cells) throws IOException;

    /** Finishes the file on the stream (for .xlsx, the whole workbook is written out only now). */
    @Override
    void close() throws IOException;

    static LedgerSheet open(String format, OutputStream out, String sheetName) throws IOException {
        return format.equals("xlsx") ? new XlsxSheet(out, sheetName) : new CsvSheet(out);
    }
}
