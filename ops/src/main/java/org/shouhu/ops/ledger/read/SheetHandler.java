package org.shouhu.ops.ledger.read;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.util.function.Consumer;

/**
 * Reads the XML of one worksheet as it streams by and hands each row to the consumer as soon as
 * the row ends, so that nothing but the current row is held. Written here rather than taken
 * from POI's XSSFSheetXMLHandler because the import must know which cells hold formulas, and
 * because merged ranges must be collected too.
 *
 * <p>Only elements inside {@code <sheetData>} are cells: the same local names ({@code f},
 * {@code v}) occur elsewhere in a sheet, e.g. in the formulas of data validations.
 */
final class SheetHandler extends DefaultHandler {

    private static final String SHEET_DATA = "sheetData";
    private static final String ROW = "row";
    private static final String CELL = "c";
    private static final String FORMULA = "f";
    private static final String VALUE = "v";
    private static final String INLINE_STRING = "is";
    private static final String TEXT = "t";
    private static final String PHONETIC_RUN = "rPh";
    private static final String MERGE_CELL = "mergeCell";
    private static final String REFERENCE = "r";
    private static final String TYPE = "t";
    private static final String STYLE = "s";
    private static final String MERGE_REFERENCE = "ref";

    /** A cell longer than Excel allows is not from Excel; refusing it keeps memory bounded. */
    private static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final CellText cellText;
    private final Consumer<LedgerLine> lines;
    private final MergedRanges mergedRanges = new MergedRanges();
    private final LineBuilder line = new LineBuilder();
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();

    private boolean inSheetData;
    private boolean inRow;
    private boolean inCell;
    private boolean inValue;
    private boolean inInlineString;
    private boolean inPhoneticRun;
    private boolean inInlineText;

    /** The row being read or last read; a row without {@code r} follows the one before. */
    private int rowNumber;
    /** The column of the cell being read or last read in the row; -1 before the first. */
    private int column;
    private String cellRef;
    private String cellType;
    private String cellStyle;
    private boolean cellFormula;

    SheetHandler(CellText cellText, Consumer<LedgerLine> lines) {
        this.cellText = cellText;
        this.lines = lines;
    }

    MergedRanges mergedRanges() {
        return mergedRanges;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        if (inCell) {
            startInCell(localName);
        } else if (inRow) {
            if (CELL.equals(localName)) {
                startCell(attributes);
            }
        } else if (inSheetData) {
            if (ROW.equals(localName)) {
                startRow(attributes);
            }
        } else if (SHEET_DATA.equals(localName)) {
            inSheetData = true;
        } else if (MERGE_CELL.equals(localName)) {
            mergedRanges.add(attributes.getValue(MERGE_REFERENCE));
        }
    }

    private void startInCell(String localName) {
        switch (localName) {
            case FORMULA -> cellFormula = true;
            case VALUE -> inValue = !inInlineString;
            case INLINE_STRING -> inInlineString = true;
            case PHONETIC_RUN -> inPhoneticRun = inInlineString;
            // the text of a rich-text run <r><t> too, but not the reading aid of a phonetic run
            case TEXT -> inInlineText = inInlineString && !inPhoneticRun;
            default -> {
                // other content of a cell (extensions) carries no value
            }
        }
    }

    private void startRow(Attributes attributes) throws SAXException {
        String r = attributes.getValue(REFERENCE);
        if (r == null) {
            rowNumber++;
        } else {
            try {
                rowNumber = Integer.parseInt(r);
            } catch (NumberFormatException e) {
                throw new SAXException("the row after row " + rowNumber + " has no valid number");
            }
            if (rowNumber < 1) {
                throw new SAXException("a row has a number below 1");
            }
        }
        column = -1;
        inRow = true;
    }

    private void startCell(Attributes attributes) throws SAXException {
        String r = attributes.getValue(REFERENCE);
        if (r == null) {
            column++;
        } else {
            column = CellReferences.column(r);
            if (column == CellReferences.NO_COLUMN) {
                throw new SAXException("a cell in row " + rowNumber + " has no valid reference");
            }
        }
        cellRef = r != null ? r : CellReference.convertNumToColString(column) + rowNumber;
        cellType = attributes.getValue(TYPE);
        cellStyle = attributes.getValue(STYLE);
        cellFormula = false;
        value.setLength(0);
        inline.setLength(0);
        inCell = true;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inValue) {
            append(value, ch, start, length);
        } else if (inInlineText) {
            append(inline, ch, start, length);
        }
    }

    private void append(StringBuilder text, char[] ch, int start, int length) throws SAXException {
        if (text.length() + length > MAX_TEXT_LENGTH) {
            throw new SAXException("cell " + cellRef + " is longer than Excel allows");
        }
        text.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (inCell) {
            endInCell(localName);
        } else if (inRow) {
            if (ROW.equals(localName)) {
                inRow = false;
                lines.accept(line.build(rowNumber));
            }
        } else if (inSheetData && SHEET_DATA.equals(localName)) {
            inSheetData = false;
        }
    }

    private void endInCell(String localName) throws SAXException {
        switch (localName) {
            case CELL -> endCell();
            case VALUE -> inValue = false;
            case INLINE_STRING -> inInlineString = false;
            case PHONETIC_RUN -> inPhoneticRun = false;
            case TEXT -> inInlineText = false;
            default -> {
                // nothing to close
            }
        }
    }

    private void endCell() throws SAXException {
        inCell = false;
        inValue = false;
        inInlineString = false;
        inPhoneticRun = false;
        inInlineText = false;
        String text = cellText.text(cellRef, cellType, cellStyle, value.toString(), inline.toString());
        line.put(column, new LedgerCell(text, cellFormula));
    }
}
