package org.shouhu.ops.ledger.read;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

import java.util.HashMap;
import java.util.Map;

/**
 * Tells from a cell's style whether its number is a date. In .xlsx a date is only a number of
 * days; what makes it a date of birth rather than a count is the number format of the cell's
 * style. The answer is kept per style, since a sheet has a handful of styles and 100,000s of
 * cells.
 */
final class DateStyles {

    /** The style of a cell without an {@code s} attribute. */
    private static final int DEFAULT_STYLE = 0;

    /*
     * The built-in number formats that ECMA-376 Part 1 (18.8.30) leaves to the locale and that
     * are dates or times in the Chinese, Japanese and Korean ones, e.g. 31 = yyyy"年"m"月"d"日".
     * Excel and WPS in those locales write these ids without defining them in the workbook, and
     * POI does not know them as dates.
     */
    private static final int FIRST_EAST_ASIAN_DATE_FORMAT = 27;
    private static final int LAST_EAST_ASIAN_DATE_FORMAT = 36;
    private static final int FIRST_EAST_ASIAN_LATE_DATE_FORMAT = 50;
    private static final int LAST_EAST_ASIAN_LATE_DATE_FORMAT = 58;

    /** Null when the workbook has no styles part: then no number is a date. */
    private final StylesTable styles;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    DateStyles(StylesTable styles) {
        this.styles = styles;
    }

    /** @param styleAttribute the cell's {@code s} attribute, null when it has none */
    boolean isDate(String styleAttribute) {
        if (styles == null) {
            return false;
        }
        int index;
        if (styleAttribute == null || styleAttribute.isEmpty()) {
            index = DEFAULT_STYLE;
        } else {
            try {
                index = Integer.parseInt(styleAttribute);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (index < 0 || index >= styles.getNumCellStyles()) {
            return false;
        }
        return dateStyles.computeIfAbsent(index, this::formatIsDate);
    }

    private boolean formatIsDate(int index) {
        XSSFCellStyle style = styles.getStyleAt(index);
        if (style == null) {
            return false;
        }
        short format = style.getDataFormat();
        boolean definedInWorkbook = styles.getNumberFormatAt(format) != null;
        if (!definedInWorkbook && isEastAsianDateFormat(format)) {
            return true;
        }
        return DateUtil.isADateFormat(format, style.getDataFormatString());
    }

    private static boolean isEastAsianDateFormat(int format) {
        return format >= FIRST_EAST_ASIAN_DATE_FORMAT && format <= LAST_EAST_ASIAN_DATE_FORMAT
                || format >= FIRST_EAST_ASIAN_LATE_DATE_FORMAT && format <= LAST_EAST_ASIAN_LATE_DATE_FORMAT;
    }
}
