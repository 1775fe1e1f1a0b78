package org.shouhu.ops.ledger;

import org.shouhu.events.common.InvalidValueException;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as ledgers hold it: an ISO date (what the reader makes of a date-formatted cell),
 * text such as 2015/3/12, 2015.3.12, 2015年3月12日 or 20150312 (full-width digits too), or a
 * spreadsheet serial number left in a cell formatted as a plain number.
 */
public final class LedgerDates {

    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** Serial numbers of the 1900 date system from 1 January 1900 to 31 December 2099. */
    private static final Pattern SERIAL = Pattern.compile("\\d{1,5}(\\.0+)?");
    private static final long LAST_SERIAL = 73050;
    /** Day 0 of the 1900 date system, as spreadsheets count it (they take 1900 for a leap year). */
    private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final long FIRST_SERIAL_AFTER_FALSE_LEAP_DAY = 61;

    private LedgerDates() {
    }

    public static LocalDate parse(String text) {
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        try {
            Matcher ymd = YEAR_MONTH_DAY.matcher(value);
            if (ymd.matches()) {
                return LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
                        Integer.parseInt(ymd.group(3)));
            }
            Matcher compact = COMPACT.matcher(value);
            if (compact.matches()) {
                return LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3)));
            }
            if (SERIAL.matcher(value).matches()) {
                long serial = (long) Double.parseDouble(value);
                if (serial >= FIRST_SERIAL_AFTER_FALSE_LEAP_DAY && serial <= LAST_SERIAL) {
                    return SERIAL_EPOCH.plusDays(serial);
                }
            }
        } catch (DateTimeException noSuchDay) {
            throw new InvalidValueException("date.invalid", "no such day in the calendar");
        }
        throw new InvalidValueException("date.format",
                "not a date: write it as 2015-03-12, 2015/3/12 or 2015年3月12日");
    }
}
