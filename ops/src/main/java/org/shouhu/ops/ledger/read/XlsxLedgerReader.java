package org.shouhu.ops.ledger.read;

import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads the first worksheet of an .xlsx row by row with SAX, in memory that does not grow with
 * the number of rows (apart from the workbook's shared strings). The workbook is never loaded
 * as a whole: a 100,000-row ledger would take gigabytes that way.
 */
final class XlsxLedgerReader {

    private XlsxLedgerReader() {
    }

    /**
     * Hands every row of the first worksheet to {@code lines}, blank ones included, top to
     * bottom; exceptions of {@code lines} propagate unchanged.
     *
     * @throws LedgerFileException {@code file.not-a-spreadsheet} when the workbook cannot be read,
     *                             {@code file.merged-cells} after the last row when the sheet
     *                             has merged cells
     */
    static void read(Path file, Consumer<LedgerLine> lines) {
        try (WorkbookPackage workbook = WorkbookPackage.open(file)) {
            SheetHandler sheet = new SheetHandler(workbook.cellText(), lines);
            try (InputStream xml = workbook.firstWorksheet()) {
                XmlParts.parse(xml, sheet);
            } catch (IOException | SAXException e) {
                throw FileProblems.unreadableWorkbook(e);
            }
            sheet.mergedRanges().refuseAny();
        }
    }
}
