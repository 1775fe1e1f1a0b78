package org.shouhu.ops.ledger.exports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * An .xlsx sheet through POI's streaming workbook: rows beyond a small window go to a
 * temporary file, so a province's roster is written in flat memory. Every cell is text (format
 * "@"): a spreadsheet must not turn a resident ID or a phone number into a number.
 */
final class XlsxSheet implements LedgerSheet {

    /** Rows kept in memory before they are flushed to the temporary file. */
    private static final int WINDOW = 100;
    private static final String TEXT_FORMAT = "@";

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle text;
    private Sheet sheet;
    private int rows;

    XlsxSheet(OutputStream out, String sheetName) {
        this.out = out;
        this.sheet = workbook.createSheet(sheetName);
        this.text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat(TEXT_FORMAT));
    }

    @Override
    public void row(List<String> cells) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellStyle(text);
            cell.setCellValue(cells.get(i) == null ? "" : cells.get(i));
        }
    }

    /** Goes on to a new sheet: the rows written from now on are its rows. */
    void nextSheet(String name) {
        sheet = workbook.createSheet(name);
        rows = 0;
    }

    @Override
    public void close() throws IOException {
        try (workbook) {
            workbook.write(out);
        }
    }
}
