package org.shouhu.ops.ledger.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.ops.ledger.read.LedgerFixtures.file;
import static org.shouhu.ops.ledger.read.LedgerFixtures.readAll;
import static org.shouhu.ops.ledger.read.LedgerFixtures.xlsx;
import static org.shouhu.ops.ledger.read.LedgerFixtures.zip;

/** Telling the formats apart by content, and refusing what is neither. */
class LedgerFormatTest {

    @TempDir
    Path dir;

    @Test
    void an_xlsx_is_xlsx_whatever_its_name() {
        Path file = xlsx(dir, "ledger.csv", workbook -> workbook.createSheet("台账").createRow(0).createCell(0)
                .setCellValue("姓名"));

        assertThat(LedgerFormat.sniff(file)).isEqualTo(LedgerFormat.XLSX);
        assertThat(LedgerReader.read(file, 1, line -> { })).isEqualTo(LedgerFormat.XLSX);
    }

    @Test
    void text_is_csv_whatever_its_name() {
        Path file = file(dir, "ledger.xlsx", "姓名,性别\n".getBytes(StandardCharsets.UTF_8));

        assertThat(LedgerFormat.sniff(file)).isEqualTo(LedgerFormat.CSV);
    }

    @Test
    void an_empty_file_is_refused() {
        Path file = file(dir, "empty.csv", new byte[0]);

        assertRefused(file, "file.empty");
    }

    @Test
    void binary_files_are_not_spreadsheets() {
        byte[] pdf = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 64);
        Path file = file(dir, "scan.pdf", pdf);

        assertThatThrownBy(() -> LedgerFormat.sniff(file))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> {
                    assertThat(e.rule()).isEqualTo("file.not-a-spreadsheet");
                    assertThat(e.getMessage()).isEqualTo("The file is not a spreadsheet: upload an .xlsx or .csv file");
                });
    }

    @Test
    void old_xls_workbooks_are_refused_asking_for_xlsx_or_csv() {
        byte[] ole2 = Arrays.copyOf(new byte[]{
                (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 512);
        Path file = file(dir, "ledger.xls", ole2);

        assertThatThrownBy(() -> LedgerFormat.sniff(file))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> {
                    assertThat(e.rule()).isEqualTo("file.legacy-xls");
                    assertThat(e.getMessage()).contains(".xlsx").contains(".csv");
                });
    }

    @Test
    void a_zip_that_is_not_a_workbook_is_not_a_spreadsheet() {
        Path file = zip(dir, "photos.zip", Map.of("readme.txt", "hello"));

        assertRefused(file, "file.not-a-spreadsheet");
    }

    @Test
    void a_word_document_is_not_a_spreadsheet() {
        Path file = zip(dir, "letter.docx", Map.of(
                "[Content_Types].xml", """
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                          <Default Extension="xml" ContentType="application/xml"/>
                          <Override PartName="/word/document.xml"
                            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                        </Types>""",
                "_rels/.rels", """
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                          <Relationship Id="rId1" Target="word/document.xml"
                            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
                        </Relationships>""",
                "word/document.xml", """
                        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>"""));

        assertThatThrownBy(() -> LedgerFormat.sniff(file))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> {
                    assertThat(e.rule()).isEqualTo("file.not-a-spreadsheet");
                    assertThat(e.getMessage()).isEqualTo("The file is not a spreadsheet: upload an .xlsx or .csv file");
                });
    }

    @Test
    void a_truncated_xlsx_is_not_a_spreadsheet() throws IOException {
        Path whole = xlsx(dir, "whole.xlsx", workbook -> {
            var sheet = workbook.createSheet("台账");
            for (int i = 0; i < 100; i++) {
                sheet.createRow(i).createCell(0).setCellValue("儿童" + i);
            }
        });
        byte[] bytes = Files.readAllBytes(whole);
        Path file = file(dir, "truncated.xlsx", Arrays.copyOf(bytes, bytes.length / 2));

        assertRefused(file, "file.not-a-spreadsheet");
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(LedgerFileException.class).hasCauseInstanceOf(Exception.class);
    }

    @Test
    void a_workbook_whose_sheet_is_missing_is_not_a_spreadsheet() {
        String sheet = "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>";
        Map<String, String> withoutSheetPart = LedgerFixtures.rawXlsxParts(sheet, "", false);
        withoutSheetPart.remove("xl/worksheets/sheet1.xml");
        Map<String, String> withoutSheets = LedgerFixtures.rawXlsxParts(sheet, "", false);
        withoutSheets.compute("xl/workbook.xml", (name, xml) -> xml.replaceAll("<sheets>.*</sheets>", "<sheets/>"));

        for (Map<String, String> parts : List.of(withoutSheetPart, withoutSheets)) {
            Path file = zip(dir, "no-sheet.xlsx", parts);
            assertThatThrownBy(() -> readAll(file))
                    .isInstanceOfSatisfying(LedgerFileException.class,
                            e -> assertThat(e.rule()).isEqualTo("file.not-a-spreadsheet"));
        }
    }

    @Test
    void utf16_text_is_refused_asking_for_utf8() {
        byte[] utf16 = "\uFEFF姓名\t性别\r\n".getBytes(StandardCharsets.UTF_16LE);
        Path file = file(dir, "unicode.txt", utf16);

        assertThatThrownBy(() -> LedgerFormat.sniff(file))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> {
                    assertThat(e.rule()).isEqualTo("file.unknown-encoding");
                    assertThat(e.getMessage()).contains("UTF-8");
                });
    }

    private static void assertRefused(Path file, String rule) {
        assertThatThrownBy(() -> LedgerFormat.sniff(file))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> assertThat(e.rule()).isEqualTo(rule));
        assertThatThrownBy(() -> readAll(file))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }
}
