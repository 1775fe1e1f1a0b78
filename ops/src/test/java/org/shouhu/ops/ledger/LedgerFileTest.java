package org.shouhu.ops.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad file is refused as a whole with a 4xx problem a clerk understands, naming
 * its rule, and records nothing; the usual quirks of real ledgers (GB18030, blank lines, title
 * lines above the header, English headers, dates as text or serial numbers) are taken as they are.
 */
@TestPropertySource(properties = {LedgerImportTest.SIZE_LIMIT, LedgerImportTest.ROW_LIMIT})
class LedgerFileTest extends ApplicationTest {

    private static final String HEADER = "姓名,性别,出生日期,身份证号,乡镇（街道）,村（社区）,儿童类别";
    private static final String ROW = "张小雨,女,2015-03-12," + GeneratedLedger.residentId(java.time.LocalDate.of(2015, 3, 12), 7)
            + ",文件镇,试验村,留守儿童";

    @TempDir
    Path files;
    private Api bureau;
    private long events;
    private long jobs;

    @BeforeEach
    void countBefore() {
        bureau = api.as("bureau");
        events = eventCount();
        jobs = jobCount();
    }

    @AfterEach
    void nothingRecorded() {
        assertThat(eventCount()).as("a refused file records nothing").isEqualTo(events);
        assertThat(jobCount()).as("and starts no job").isEqualTo(jobs);
    }

    @Test
    void a_file_that_is_no_spreadsheet_is_refused() {
        byte[] pdf = "%PDF-1.4\n\0\0\0binary".getBytes(StandardCharsets.ISO_8859_1);
        refused(bureau.upload("/api/v1/imports", "ledger.xlsx", pdf), 415, "file.not-a-spreadsheet");
    }

    @Test
    void an_old_xls_workbook_is_refused_with_what_to_do() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        JsonNode problem = refused(bureau.upload("/api/v1/imports", "ledger.xls", xls), 415, "file.legacy-xls");
        assertThat(problem.get("detail").asText()).contains(".xlsx");
    }

    @Test
    void an_empty_file_is_refused() {
        refused(bureau.upload("/api/v1/imports?dryRun=true", "ledger.csv", new byte[0]), 422, "file.empty");
    }

    @Test
    void a_file_without_the_ledger_headers_is_refused() {
        byte[] csv = "a,b,c\n1,2,3\n4,5,6\n7,8,9\n10,11,12\n13,14,15\n".getBytes(StandardCharsets.UTF_8);
        refused(bureau.upload("/api/v1/imports", "numbers.csv", csv), 422, "file.no-header");
    }

    @Test
    void a_file_missing_required_columns_is_refused_naming_them() {
        byte[] csv = "姓名,性别,出生日期,乡镇,村\n张小雨,女,2015-03-12,文件镇,试验村\n".getBytes(StandardCharsets.UTF_8);
        JsonNode problem = refused(bureau.upload("/api/v1/imports", "ledger.csv", csv), 422, "file.missing-columns");
        assertThat(problem.get("detail").asText()).contains("身份证号").contains("儿童类别").doesNotContain("姓名 (");
    }

    @Test
    void headers_without_rows_are_refused() {
        byte[] csv = (HEADER + "\n,,,,,,\n\n").getBytes(StandardCharsets.UTF_8);
        refused(bureau.upload("/api/v1/imports", "ledger.csv", csv), 422, "file.no-rows");
    }

    @Test
    void merged_cells_are_refused_naming_the_range() throws IOException {
        byte[] xlsx = workbook(sheet -> sheet.addMergedRegion(new CellRangeAddress(1, 2, 4, 4)));
        JsonNode problem = refused(bureau.upload("/api/v1/imports", "ledger.xlsx", xlsx), 422, "file.merged-cells");
        assertThat(problem.get("detail").asText()).contains("E2:E3");
    }

    @Test
    void formulas_in_imported_columns_are_refused_naming_the_cells() throws IOException {
        byte[] xlsx = workbook(sheet -> sheet.getRow(1).getCell(2).setCellFormula("DATE(2015,3,12)"));
        JsonNode problem = refused(bureau.upload("/api/v1/imports", "ledger.xlsx", xlsx), 422, "file.formulas");
        assertThat(problem.get("detail").asText()).contains("C2").contains("paste them as values");
    }

    @Test
    void a_file_above_the_size_limit_is_refused() {
        byte[] large = new byte[3 * 1024 * 1024];
        Arrays.fill(large, (byte) 'a');
        JsonNode problem = refused(bureau.upload("/api/v1/imports", "ledger.csv", large), 413, "file.too-large");
        assertThat(problem.get("detail").asText()).contains("2 MB");
    }

    @Test
    void a_file_above_the_row_limit_is_refused() throws IOException {
        Path csv = GeneratedLedger.generate(7000, 1L, 0, null).writeCsv(files.resolve("big.csv"), StandardCharsets.UTF_8);
        refused(bureau.upload("/api/v1/imports", "big.csv", Files.readAllBytes(csv)), 413, "file.too-many-rows");
    }

    @Test
    void a_gb18030_file_with_title_lines_blank_lines_and_english_headers_is_read_as_meant() {
        String text = "文件镇儿童信息台账\n\n" + "Name,Sex,Date of birth,Resident ID,Township,Village,Category\n"
                + "\n" + ROW.replace("2015-03-12", "２０１５年３月１２日") + "\n\n";
        JsonNode report = bureau.upload("/api/v1/imports?dryRun=true", "ledger.csv",
                text.getBytes(Charset.forName("GB18030"))).json();
        assertThat(report.get("format").asText()).isEqualTo("CSV");
        assertThat(report.get("rows").asInt()).isEqualTo(1);
        assertThat(report.get("create").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.get("results").get(0).get("row").asInt()).as("the row number the clerk sees").isEqualTo(5);
    }

    @Test
    void unknown_columns_are_named_as_ignored_and_a_date_serial_number_is_a_date() {
        String text = HEADER + ",备注,年龄\n" + ROW.replace("2015-03-12", "42075") + ",家访时不在家,9\n";
        JsonNode report = bureau.upload("/api/v1/imports?dryRun=true", "ledger.csv",
                text.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(report.get("create").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.get("ignoredColumns").toString()).contains("备注").contains("年龄");
    }

    @Test
    void the_template_has_every_column_and_imports_as_an_empty_ledger() {
        Api.Download template = bureau.download("/api/v1/imports/template?format=csv");
        assertThat(template.status()).isEqualTo(200);
        String header = new String(template.body(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        for (LedgerColumn column : LedgerColumn.values()) {
            assertThat(header).contains(column.header());
        }
        refused(bureau.upload("/api/v1/imports", "template.csv", template.body()), 422, "file.no-rows");
        Api.Download xlsx = bureau.download("/api/v1/imports/template?format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        refused(bureau.upload("/api/v1/imports", "template.xlsx", xlsx.body()), 422, "file.no-rows");
    }

    private JsonNode refused(Api.Reply reply, int status, String rule) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        JsonNode problem = reply.json();
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo(rule);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(problem.get("detail").asText()).isNotBlank();
        return problem;
    }

    private static byte[] workbook(java.util.function.Consumer<Sheet> spoil) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("台账");
            List<String[]> lines = List.of(HEADER.split(","), ROW.split(","), ROW.replace("007", "008").split(","));
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < lines.get(r).length; c++) {
                    row.createCell(c).setCellValue(lines.get(r)[c]);
                }
            }
            spoil.accept(sheet);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private long jobCount() {
        return jdbc.queryForObject("SELECT count(*) FROM imports.import_job", Long.class);
    }
}
