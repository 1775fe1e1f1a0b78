package org.shouhu.ops.ledger.read;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.SAXException;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Turns the raw value of an .xlsx cell into the text the clerk sees, by the cell's type: looks
 * up shared strings, writes numbers in full (a phone number 13800001111 must not come out as
 * 1.3800001111E10, an amount 2.50 comes out as 2.5) and dates as ISO dates, whatever format the
 * clerk's Excel displays them in.
 */
final class CellText {

    private static final String SHARED_STRING = "s";
    private static final String INLINE_STRING = "inlineStr";
    private static final String BOOLEAN = "b";
    private static final String ISO_DATE = "d";
    private static final String NUMBER = "n";
    private static final String TRUE_VALUE = "1";
    private static final String FALSE_VALUE = "0";
    private static final int ISO_DATE_LENGTH = "yyyy-MM-dd".length();

    /**
     * Excel stores numbers as doubles (17 significant digits, exponents within ±308), so their
     * scale stays well inside this; a value beyond it is not from Excel and would print as
     * millions of digits, so it is given as written.
     */
    private static final int MAX_PLAIN_SCALE = 400;

    private final SharedStrings sharedStrings;
    private final DateStyles dateStyles;
    private final boolean date1904;

    CellText(SharedStrings sharedStrings, DateStyles dateStyles, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    /**
     * @param ref    the cell's reference, for error messages
     * @param type   the {@code t} attribute, null for a number
     * @param style  the {@code s} attribute, may be null
     * @param value  the text of {@code <v>}, "" when there is none
     * @param inline the text of {@code <is>}, "" when there is none
     * @throws SAXException when a shared string index points nowhere
     */
    String text(String ref, String type, String style, String value, String inline) throws SAXException {
        if (type == null || NUMBER.equals(type)) {
            return number(value, style);
        }
        return switch (type) {
            case SHARED_STRING -> sharedString(ref, value);
            case INLINE_STRING -> inline;
            case BOOLEAN -> bool(value);
            case ISO_DATE -> isoDate(value);
            // FORMULA_STRING, ERROR (e.g. "#REF!") and any type of a later version: as written
            default -> value;
        };
    }

    private String sharedString(String ref, String value) throws SAXException {
        if (value.isEmpty()) {
            return "";
        }
        try {
            return sharedStrings.getItemAt(Integer.parseInt(value)).getString();
        } catch (RuntimeException e) {
            // not chained: POI's message for an index out of range lists all the shared strings
            throw new SAXException("cell " + ref + " refers to a shared string that does not exist");
        }
    }

    private static String bool(String value) {
        return switch (value) {
            case TRUE_VALUE -> "TRUE";
            case FALSE_VALUE -> "FALSE";
            default -> value;
        };
    }

    private String number(String value, String style) {
        if (value.isEmpty()) {
            return "";
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return value;
        }
        if (Math.abs(number.scale()) > MAX_PLAIN_SCALE) {
            return value;
        }
        if (dateStyles.isDate(style)) {
            String date = excelDate(number);
            if (date != null) {
                return date;
            }
        }
        return number.stripTrailingZeros().toPlainString();
    }

    /** The ISO date of a date serial, null when the serial is not a date Excel could show. */
    private String excelDate(BigDecimal serial) {
        try {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(serial.doubleValue(), date1904);
            return dateTime == null ? null : dateTime.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /** A cell of type "d" holds an ISO 8601 date-time already; the date part is kept. */
    private static String isoDate(String value) {
        if (value.length() < ISO_DATE_LENGTH) {
            return value;
        }
        try {
            return LocalDate.parse(value.substring(0, ISO_DATE_LENGTH)).format(DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            return value;
        }
    }
}
