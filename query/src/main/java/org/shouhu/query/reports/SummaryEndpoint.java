package org.shouhu.query.reports;

import org.axonframework.common.DateTimeUtils;
import org.shouhu.events.common.Area;
import org.shouhu.query.paging.InvalidParameter;
import org.shouhu.query.scope.AreaRows;
import org.shouhu.query.scope.Reader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code GET /api/v1/reports/summary?asOf=&from=&township=&format=json|text|xlsx&lang=zh-CN|en}: the
 * bureau's account as of the end of a day, folded from the events recorded up to then (their
 * recording time: what the bureau knew that day), so a later registration or closure never
 * changes an earlier account. The period of "work done" runs from {@code from} (the first of
 * January of {@code asOf}'s year by default) to {@code asOf}. No personal data: every role
 * sees it, for its own area.
 */
@RestController
@RequestMapping("/api/v1/reports/summary")
public class SummaryEndpoint {

    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final ObjectProvider<SummarySpreadsheet> spreadsheets;

    public SummaryEndpoint(DataSource dataSource, PlatformTransactionManager transactions, Clock clock,
                           ObjectProvider<SummarySpreadsheet> spreadsheets) {
        this.spreadsheets = spreadsheets;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @GetMapping
    public ResponseEntity<?> summary(@RequestParam(required = false) LocalDate asOf,
                                     @RequestParam(required = false) LocalDate from,
                                     @RequestParam(required = false) String township,
                                     @RequestParam(required = false, defaultValue = "json") String format,
                                     @RequestParam(required = false, defaultValue = "zh-CN") String lang) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        LocalDate start = from == null ? day.withDayOfYear(1) : from;
        if (start.isAfter(day)) {
            throw new InvalidParameter("from", "range", "from must not be after asOf");
        }
        SummarySpreadsheet spreadsheet = spreadsheets.getIfAvailable();
        if (!format.equals("json") && !format.equals("text") && !(format.equals("xlsx") && spreadsheet != null)) {
            throw new InvalidParameter("format", "enum", "format must be json, text" + (spreadsheet == null ? ""
                    : " or xlsx"));
        }
        if (!lang.equals("zh-CN") && !lang.equals("en")) {
            throw new InvalidParameter("lang", "enum", "lang must be zh-CN or en");
        }
        Summary summary = fold(day, start, AreaRows.narrowed(Reader.current().area(), township));
        if (format.equals("json")) {
            return ResponseEntity.ok(summary);
        }
        if (format.equals("xlsx")) {
            ByteArrayOutputStream workbook = new ByteArrayOutputStream();
            try {
                spreadsheet.write(summary, lang.equals("en"), workbook);
            } catch (IOException e) {
                throw new UncheckedIOException("the summary could not be written as a workbook", e);
            }
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(SummarySpreadsheet.MEDIA_TYPE))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("summary-" + day + ".xlsx").build().toString())
                    .body(workbook.toByteArray());
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body(lang.equals("en") ? SummaryText.en(summary) : SummaryText.zh(summary));
    }

    private Summary fold(LocalDate day, LocalDate start, Area scope) {
        String end = DateTimeUtils.formatInstant(day.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        SummaryFold fold = new SummaryFold(start, day);
        fold.scope(scope);
        readOnly.executeWithoutResult(status -> streaming.query("""
                        SELECT substring(payload_type from '[^.]+$') AS type, aggregate_identifier, payload
                          FROM domain_event_entry
                         WHERE time_stamp < ? AND substring(payload_type from '[^.]+$') = ANY (?)
                         ORDER BY global_index""",
                row -> {
                    fold.apply(row.getString(1), row.getString(2), row.getString(3));
                }, end, SummaryFold.TYPES.toArray(String[]::new)));
        return fold.summary();
    }
}
