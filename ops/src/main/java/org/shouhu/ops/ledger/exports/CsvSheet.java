package org.shouhu.ops.ledger.exports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A .csv file in UTF-8 with a byte-order mark: without it, spreadsheet programs on Chinese
 * Windows take the file for GB18030 and garble every name.
 */
final class CsvSheet implements LedgerSheet {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;

    CsvSheet(OutputStream out) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void row(List<String> cells) throws IOException {
        printer.printRecord(cells);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
