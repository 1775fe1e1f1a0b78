package org.shouhu.ops.web;

import org.shouhu.events.common.InvalidValueException;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A date in a query parameter ({@code ?from=}, {@code ?to=}, {@code ?asOf=}) is written
 * {@code YYYY-MM-DD} with a year of four digits. Java reads years up to +999,999,999, but
 * PostgreSQL's dates end in the year 5,874,897: {@code ?to=+999999999-12-31} reached the
 * database and the report failed with a 500. It is now refused 400 naming the parameter,
 * for every endpoint and page that reads a date from its query.
 */
@Configuration(proxyBeanMethods = false)
public class QueryDates implements WebMvcConfigurer {

    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                return date(text);
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return date.toString();
            }
        });
    }

    static LocalDate date(String text) {
        if (!FOUR_DIGIT_YEAR.matcher(text).matches()) {
            throw new InvalidValueException("date.format", "a date is written YYYY-MM-DD, with a year of four digits");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidValueException("date.invalid", "no such day in the calendar");
        }
    }
}
