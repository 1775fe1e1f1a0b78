package org.shouhu.ops.ledger.exports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.shouhu.ops.ledger.imports.WorkerDirectory;
import org.shouhu.query.audit.AccessLog;
import org.shouhu.query.childfile.ChildFile;
import org.shouhu.query.paging.InvalidParameter;
import org.shouhu.query.projections.ProjectionPositions;
import org.shouhu.query.projections.ReadProperties;
import org.shouhu.query.roster.RosterFilter;
import org.shouhu.query.roster.RosterProjection;
import org.shouhu.query.roster.RosterQueries;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/v1/roster/export?format=xlsx|csv} with the roster's filters: the ledger of the
 * reader's area in the template's columns, so the file can be handed on or imported again
 * unchanged. Streamed in batches; each batch of children is entered in the access log (in a
 * transaction of its own, committed) before it is written out.
 */
@RestController
public class RosterExportEndpoint {

    /** Children per access-log entry batch and per write to the response. */
    private static final int BATCH = 500;

    private final RosterQueries queries;
    private final ProjectionPositions positions;
    private final AccessLog accessLog;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate reading;
    private final TransactionTemplate logging;
    private final Clock clock;
    private final ReadProperties read;

    public RosterExportEndpoint(RosterQueries queries, ProjectionPositions positions, AccessLog accessLog,
                                ObjectMapper json, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                Clock clock, ReadProperties read) {
        this.read = read;
        this.queries = queries;
        this.positions = positions;
        this.accessLog = accessLog;
        this.json = json;
        this.jdbc = jdbc;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.logging = new TransactionTemplate(transactions);
        this.logging.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @GetMapping("/api/v1/roster/export")
    public void export(RosterFilter.Parameters filters, @RequestParam(defaultValue = "xlsx") String format,
                       @RequestParam(required = false) Long minPosition, HttpServletResponse response)
            throws IOException {
        if (!format.equals("xlsx") && !format.equals("csv")) {
            throw new InvalidParameter("format", "enum", "format must be xlsx or csv");
        }
        RosterFilter filter = RosterFilter.of(filters);
        positions.awaitAtLeast(RosterProjection.NAME, minPosition);
        WorkerDirectory workers = WorkerDirectory.load(jdbc, read.maxWait());
        response.setContentType(format.equals("xlsx") ? LedgerSheet.XLSX_MEDIA_TYPE : LedgerSheet.CSV_MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("roster-" + LocalDate.now(clock) + "." + format, StandardCharsets.UTF_8).build().toString());
        try (LedgerSheet sheet = LedgerSheet.open(format, response.getOutputStream(), "台账")) {
            sheet.row(LedgerLines.header());
            Batch batch = new Batch(sheet, workers);
            reading.executeWithoutResult(status -> queries.forEachFile(filter, row -> batch.add(
                    UUID.fromString(row.getString("child_id")), file(row.getString("file")))));
            batch.flush();
        }
    }

    private ChildFile file(String text) {
        try {
            return json.readValue(text, ChildFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored child file is not readable", e);
        }
    }

    /** Children read but not yet logged and written. */
    private final class Batch {

        private final LedgerSheet sheet;
        private final WorkerDirectory workers;
        private final List<UUID> children = new ArrayList<>(BATCH);
        private final List<ChildFile> files = new ArrayList<>(BATCH);

        Batch(LedgerSheet sheet, WorkerDirectory workers) {
            this.sheet = sheet;
            this.workers = workers;
        }

        void add(UUID childId, ChildFile file) {
            children.add(childId);
            files.add(file);
            if (children.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            logging.executeWithoutResult(status -> accessLog.listed(children, "roster-export"));
            try {
                for (ChildFile file : files) {
                    sheet.row(LedgerLines.of(file, workers));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the export could not be written", e);
            }
            children.clear();
            files.clear();
        }
    }
}
