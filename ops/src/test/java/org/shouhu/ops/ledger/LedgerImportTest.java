package org.shouhu.ops.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shouhu.ops.ShouhuApplication;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A district's ledger of 6,000 rows, a few dozen of them wrong on purpose: the dry run names
 * exactly the wrong rows with their column and rule and records nothing; the import registers
 * exactly the good ones; importing the file again records nothing. Then the roster exported and
 * imported into an empty store is the same roster. An application of its own: it adds
 * thousands of children.
 */
@TestPropertySource(properties = {LedgerImportTest.SIZE_LIMIT, LedgerImportTest.ROW_LIMIT})
class LedgerImportTest extends ApplicationTest {

    /** Limits low enough for the bad-file tests, which share this application. */
    static final String SIZE_LIMIT = "shouhu.imports.max-file-size=2MB";
    static final String ROW_LIMIT = "shouhu.imports.max-rows=7000";
    private static final int ROWS = 6000;
    private static final int BAD_EVERY = 150;
    private static final String WORKER_ID = "supervisor-daoru";
    private static final String WORKER_NAME = "赵督导";
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    @TempDir
    Path files;

    @Test
    void a_ledger_imports_its_good_rows_once_reports_its_bad_ones_and_exports_as_it_came_in() throws IOException {
        Api bureau = api.as("bureau");
        registerWorker(bureau);
        GeneratedLedger ledger = GeneratedLedger.generate(ROWS, 20261129L, BAD_EVERY, WORKER_NAME);
        byte[] xlsx = Files.readAllBytes(ledger.writeXlsx(files.resolve("ledger.xlsx")));
        Set<Integer> badRows = ledger.badRows().stream().map(GeneratedLedger.BadRow::row).collect(Collectors.toSet());
        int good = ROWS - badRows.size();
        assertThat(badRows.size()).as("a few dozen bad rows").isBetween(24, 60);

        long eventsBefore = eventCount();
        JsonNode dryRun = bureau.upload("/api/v1/imports?dryRun=true", "台账2024.xlsx", xlsx).json();
        assertThat(eventCount()).as("a dry run records nothing").isEqualTo(eventsBefore);
        assertThat(dryRun.get("rows").asInt()).isEqualTo(ROWS);
        assertThat(dryRun.get("create").asInt()).isEqualTo(good);
        assertThat(dryRun.get("failed").asInt()).isEqualTo(badRows.size());
        assertThat(reportedErrors(dryRun)).as("exactly the bad rows, each with its column and rule")
                .containsExactlyInAnyOrderElementsOf(ledger.badRows().stream()
                        .map(bad -> bad.row() + " " + bad.column().header() + " " + bad.column().name() + " "
                                + bad.rule()).toList());

        JsonNode job = runImport(bureau, "台账2024.xlsx", xlsx);
        assertThat(job.get("created").asInt()).isEqualTo(good);
        assertThat(job.get("failed").asInt()).isEqualTo(badRows.size());
        assertThat(job.get("totalRows").asInt()).isEqualTo(ROWS);
        assertThat(children(bureau)).isEqualTo(good);
        Map<String, Object> metaData = jdbc.queryForMap("""
                SELECT meta_data::jsonb ->> 'actorId' AS actor, meta_data::jsonb ->> 'importFile' AS file,
                       meta_data::jsonb ->> 'importSha256' AS sha256
                  FROM domain_event_entry WHERE payload_type = 'org.shouhu.events.child.ChildRegistered'
                 ORDER BY global_index DESC LIMIT 1""");
        assertThat(metaData).containsEntry("actor", "bureau").containsEntry("file", "台账2024.xlsx")
                .containsEntry("sha256", dryRun.get("sha256").asText());

        long eventsAfterImport = eventCount();
        JsonNode again = runImport(bureau, "台账2024.xlsx", xlsx);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(good);
        assertThat(eventCount()).as("the same file again records nothing").isEqualTo(eventsAfterImport);

        exportedRosterImportsIntoAnEmptyStoreUnchanged(bureau);
    }

    /** Export as .xlsx and .csv (a township each), import both into a new application: the same ledger. */
    private void exportedRosterImportsIntoAnEmptyStoreUnchanged(Api bureau) {
        long head = head();
        Api.Download xlsx = bureau.download("/api/v1/roster/export?format=xlsx&township=导入镇&minPosition=" + head);
        Api.Download csv = bureau.download("/api/v1/roster/export?format=csv&township=台账乡&minPosition=" + head);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT child_id) FROM audit.access_log WHERE what = 'roster-export'"
                + " AND account = 'bureau'", Long.class)).as("every exported child is in the access log")
                .isEqualTo(children(bureau));
        List<String> before = csvLines(bureau, "导入镇", head);
        before.addAll(csvLines(bureau, "台账乡", head));

        try (ConfigurableApplicationContext empty = new SpringApplicationBuilder(ShouhuApplication.class)
                .profiles("test").run("--server.port=0")) {
            Api fresh = new Api(((WebServerApplicationContext) empty).getWebServer().getPort(), "bureau");
            registerWorker(fresh);
            runImport(fresh, "roster-导入镇.xlsx", xlsx.body());
            runImport(fresh, "roster-台账乡.csv", csv.body());
            long freshHead = empty.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
            List<String> after = csvLines(fresh, "导入镇", freshHead);
            after.addAll(csvLines(fresh, "台账乡", freshHead));
            assertThat(after).as("the same ledger, line for line").containsExactlyInAnyOrderElementsOf(before);
            assertThat(rosterLines(fresh, freshHead)).containsExactlyInAnyOrderElementsOf(rosterLines(bureau, head));
        }
    }

    private static JsonNode runImport(Api api, String fileName, byte[] content) {
        Api.Reply started = api.upload("/api/v1/imports", fileName, content);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).isEqualTo("/api/v1/imports/" + started.json().get("jobId").asText());
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> !api.get(location).json().get("status").asText().equals("RUNNING"));
        JsonNode job = api.get(location).json();
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("rowsDone").asInt()).isEqualTo(job.get("totalRows").asInt());
        return job;
    }

    private static List<String> reportedErrors(JsonNode report) {
        List<String> errors = new ArrayList<>();
        for (JsonNode row : report.get("results")) {
            if (row.get("action").asText().equals("ERROR")) {
                for (JsonNode error : row.get("errors")) {
                    errors.add(error.get("row").asInt() + " " + error.get("column").asText() + " "
                            + error.get("field").asText() + " " + error.get("rule").asText());
                }
            }
        }
        return errors;
    }

    private static List<String> csvLines(Api api, String township, long position) {
        Api.Download csv = api.download("/api/v1/roster/export?format=csv&township=" + township + "&minPosition="
                + position);
        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = new ArrayList<>(new String(csv.body(), StandardCharsets.UTF_8).lines().toList());
        assertThat(lines.get(0)).as("the template's header, after the byte-order mark").startsWith("\uFEFF姓名,性别,出生日期");
        return new ArrayList<>(lines.subList(1, lines.size()));
    }

    /** The roster as its items say it, without the ids and versions that differ between stores. */
    private static List<String> rosterLines(Api api, long position) {
        List<String> lines = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get("/api/v1/roster?limit=500&minPosition=" + position
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            for (JsonNode item : page.get("items")) {
                lines.add(String.join("|", item.get("name").asText(), item.get("township").asText(),
                        item.get("village").asText(), item.get("primaryCategory").asText(),
                        item.get("guardianRelation").asText(), item.get("responsibleWorker").asText(),
                        item.get("riskLevel").asText(), item.get("status").asText(),
                        item.get("nextVisitDue").asText()));
            }
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return lines;
    }

    private long children(Api api) {
        long head = head();
        return api.get("/api/v1/roster/count?township=导入镇&minPosition=" + head).json().get("count").asLong()
                + api.get("/api/v1/roster/count?township=台账乡&minPosition=" + head).json().get("count").asLong();
    }

    private static void registerWorker(Api bureau) {
        Api.Reply reply = bureau.post("/api/v1/workers", Map.of("workerId", WORKER_ID, "name", WORKER_NAME,
                "role", "CHILD_SUPERVISOR", "area", GeneratedLedger.WORKER_TOWNSHIP, "phone", "13600004321"));
        assertThat(reply.status()).as(reply.body()).isIn(201, 409);
    }

    private long head() {
        return jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
    }
}
