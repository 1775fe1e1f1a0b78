package org.shouhu.ops.ledger.read;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.ops.ledger.read.LedgerFixtures.ENOUGH_ROWS;
import static org.shouhu.ops.ledger.read.LedgerFixtures.file;
import static org.shouhu.ops.ledger.read.LedgerFixtures.rawXlsx;
import static org.shouhu.ops.ledger.read.LedgerFixtures.xlsx;

/** The row limit, streaming, and what happens to the caller's own exceptions. */
class ReadingLimitsTest {

    private static final int LARGE_ROWS = 20_000;
    private static final String CSV = "姓名,性别\n张三,男\n\n李四,女\n王五,男\n";

    @TempDir
    Path dir;

    @Test
    void more_non_blank_lines_than_the_limit_are_refused_naming_the_limit() {
        Path file = file(dir, "ledger.csv", CSV.getBytes(StandardCharsets.UTF_8));
        List<LedgerLine> lines = new ArrayList<>();

        assertThatThrownBy(() -> LedgerReader.read(file, 3, lines::add))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> {
                    assertThat(e.rule()).isEqualTo("file.too-many-rows");
                    assertThat(e.getMessage()).contains("3 rows");
                });
        assertThat(lines).hasSize(3);
    }

    @Test
    void the_limit_counts_the_header_but_not_blank_lines() {
        Path file = file(dir, "ledger.csv", CSV.getBytes(StandardCharsets.UTF_8));
        List<LedgerLine> lines = new ArrayList<>();

        LedgerReader.read(file, 4, lines::add);

        assertThat(lines).extracting(LedgerLine::rowNumber).containsExactly(1, 2, 4, 5);
    }

    @Test
    void the_limit_holds_for_workbooks_too() {
        Path file = xlsx(dir, "ledger.xlsx", workbook -> {
            var sheet = workbook.createSheet("台账");
            for (int i = 0; i < 5; i++) {
                sheet.createRow(i).createCell(0).setCellValue("儿童" + i);
            }
        });

        assertThatThrownBy(() -> LedgerReader.read(file, 4, line -> { }))
                .isInstanceOfSatisfying(LedgerFileException.class,
                        e -> assertThat(e.rule()).isEqualTo("file.too-many-rows"));
    }

    @Test
    void a_limit_below_one_is_a_programming_error() {
        Path file = file(dir, "ledger.csv", CSV.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> LedgerReader.read(file, 0, line -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_large_workbook_is_read_line_by_line_without_the_reader_holding_them() throws IOException {
        Path file = dir.resolve("large.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("台账");
            for (int i = 0; i < LARGE_ROWS; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("儿童" + i);
                row.createCell(1).setCellValue(i % 2 == 0 ? "男" : "女");
                row.createCell(2).setCellValue(13800000000L + i);
            }
            workbook.write(out);
            workbook.dispose();
        }
        AtomicInteger count = new AtomicInteger();
        AtomicReference<LedgerLine> last = new AtomicReference<>();

        LedgerReader.read(file, LARGE_ROWS, line -> {
            count.incrementAndGet();
            last.set(line);
        });

        assertThat(count).hasValue(LARGE_ROWS);
        assertThat(last.get().rowNumber()).isEqualTo(LARGE_ROWS);
        assertThat(LedgerFixtures.texts(last.get()))
                .containsExactly("儿童" + (LARGE_ROWS - 1), "女", String.valueOf(13800000000L + LARGE_ROWS - 1));
    }

    @Test
    void rows_are_handed_out_as_they_are_parsed_not_after_the_whole_sheet() {
        StringBuilder rows = new StringBuilder("<sheetData>");
        int goodRows = 1_000;
        for (int i = 1; i <= goodRows; i++) {
            rows.append("<row r=\"").append(i).append("\"><c r=\"A").append(i).append("\"><v>").append(i)
                    .append("</v></c></row>");
        }
        // the sheet breaks off after the good rows: a parser that read it whole would hand out none
        rows.append("<row r=\"").append(goodRows + 1).append("\"><c>");
        Path file = rawXlsx(dir, "broken.xlsx", rows.toString());
        List<LedgerLine> lines = new ArrayList<>();

        assertThatThrownBy(() -> LedgerReader.read(file, ENOUGH_ROWS * 2, lines::add))
                .isInstanceOfSatisfying(LedgerFileException.class,
                        e -> assertThat(e.rule()).isEqualTo("file.not-a-spreadsheet"));
        assertThat(lines).hasSize(goodRows);
    }

    @Test
    void exceptions_of_the_caller_propagate_unchanged() {
        Path csv = file(dir, "ledger.csv", CSV.getBytes(StandardCharsets.UTF_8));
        Path xlsx = xlsx(dir, "ledger.xlsx", workbook -> workbook.createSheet("台账").createRow(0).createCell(0)
                .setCellValue("姓名"));

        for (Path file : List.of(csv, xlsx)) {
            IllegalArgumentException thrown = new IllegalArgumentException("caller's own");
            assertThatThrownBy(() -> LedgerReader.read(file, ENOUGH_ROWS, line -> {
                throw thrown;
            })).isSameAs(thrown);
        }
    }
}
