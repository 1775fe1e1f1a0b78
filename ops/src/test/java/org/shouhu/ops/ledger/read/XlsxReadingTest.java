package org.shouhu.ops.ledger.read;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.ops.ledger.read.LedgerFixtures.BUILT_IN_DATE;
import static org.shouhu.ops.ledger.read.LedgerFixtures.CHINESE_DATE;
import static org.shouhu.ops.ledger.read.LedgerFixtures.CUSTOM_DATE;
import static org.shouhu.ops.ledger.read.LedgerFixtures.ENOUGH_ROWS;
import static org.shouhu.ops.ledger.read.LedgerFixtures.GENERAL;
import static org.shouhu.ops.ledger.read.LedgerFixtures.TWO_DECIMALS;
import static org.shouhu.ops.ledger.read.LedgerFixtures.rawXlsx;
import static org.shouhu.ops.ledger.read.LedgerFixtures.readAll;
import static org.shouhu.ops.ledger.read.LedgerFixtures.texts;
import static org.shouhu.ops.ledger.read.LedgerFixtures.xlsx;

/** Reading .xlsx ledgers: what each kind of cell comes out as, and which sheets and rows are read. */
class XlsxReadingTest {

    /** 2015-03-12 in the 1900 date system. */
    private static final String SERIAL_2015_03_12 = "42075";
    /** 2015-03-12 in the 1904 date system, 1462 days fewer. */
    private static final String SERIAL_2015_03_12_IN_1904 = "40613";

    @TempDir
    Path dir;

    @Test
    void shared_strings_come_out_as_their_text_trimmed() {
        Path file = xlsx(dir, "ledger.xlsx", workbook -> {
            XSSFSheet sheet = workbook.createSheet("台账");
            row(sheet, 0, "姓名", "性别");
            row(sheet, 1, "\u3000张小雨 ", "女");
        });

        List<LedgerLine> lines = readAll(file);

        assertThat(lines).extracting(LedgerFixtures::texts)
                .containsExactly(List.of("姓名", "性别"), List.of("张小雨", "女"));
        assertThat(lines.get(1).cell(0)).isEqualTo(new LedgerCell("张小雨", false));
    }

    @Test
    void inline_strings_and_rich_text_runs_come_out_without_their_phonetic_runs() {
        Path file = rawXlsx(dir, "inline.xlsx", """
                <sheetData>
                  <row r="1">
                    <c r="A1" t="inlineStr"><is><t>姓名</t></is></c>
                    <c r="B1" t="inlineStr"><is><r><t>张</t></r><r><rPr><b/></rPr><t xml:space="preserve">小雨 </t></r><rPh sb="0" eb="1"><t>zhang</t></rPh></is></c>
                    <c r="C1" t="s"><v>0</v></c>
                  </row>
                </sheetData>""", "<si><r><t>王</t></r><r><t>芳</t></r><rPh sb=\"0\" eb=\"1\"><t>wang</t></rPh></si>", false);

        assertThat(texts(readAll(file).get(0))).containsExactly("姓名", "张小雨", "王芳");
    }

    @Test
    void date_formatted_numbers_come_out_as_iso_dates() {
        Path file = xlsx(dir, "dates.xlsx", workbook -> {
            XSSFSheet sheet = workbook.createSheet("台账");
            CellStyle iso = workbook.createCellStyle();
            iso.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle chinese = workbook.createCellStyle();
            chinese.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row row = sheet.createRow(0);
            Cell a = row.createCell(0);
            a.setCellValue(LocalDate.of(2015, 3, 12));
            a.setCellStyle(iso);
            Cell b = row.createCell(1);
            b.setCellValue(LocalDate.of(2009, 12, 31));
            b.setCellStyle(chinese);
        });

        assertThat(texts(readAll(file).get(0))).containsExactly("2015-03-12", "2009-12-31");
    }

    @Test
    void built_in_dates_including_the_chinese_ones_the_workbook_does_not_define_are_dates() {
        Path file = rawXlsx(dir, "builtin-dates.xlsx", """
                <sheetData><row r="1">
                  <c r="A1" s="%1$s"><v>%5$s</v></c>
                  <c r="B1" s="%2$s"><v>%5$s</v></c>
                  <c r="C1" s="%3$s"><v>%5$s</v></c>
                  <c r="D1" s="%1$s"><v>%5$s.75</v></c>
                  <c r="E1" s="%4$s"><v>%5$s</v></c>
                </row></sheetData>""".formatted(
                BUILT_IN_DATE, CHINESE_DATE, CUSTOM_DATE, GENERAL, SERIAL_2015_03_12));

        assertThat(texts(readAll(file).get(0)))
                .containsExactly("2015-03-12", "2015-03-12", "2015-03-12", "2015-03-12", SERIAL_2015_03_12);
    }

    @Test
    void a_1904_workbook_counts_its_dates_from_1904() {
        Path file = rawXlsx(dir, "mac.xlsx", """
                <sheetData><row r="1"><c r="A1" s="%s"><v>%s</v></c></row></sheetData>"""
                .formatted(BUILT_IN_DATE, SERIAL_2015_03_12_IN_1904), "", true);

        assertThat(readAll(file).get(0).cell(0).text()).isEqualTo("2015-03-12");
    }

    @Test
    void a_1904_workbook_written_by_poi_reads_back_the_date_written() {
        Path file = xlsx(dir, "mac-poi.xlsx", workbook -> {
            var properties = workbook.getCTWorkbook();
            (properties.isSetWorkbookPr() ? properties.getWorkbookPr() : properties.addNewWorkbookPr())
                    .setDate1904(true);
            XSSFSheet sheet = workbook.createSheet("台账");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Cell cell = sheet.createRow(0).createCell(0);
            cell.setCellValue(LocalDate.of(2015, 3, 12));
            cell.setCellStyle(date);
        });

        assertThat(readAll(file).get(0).cell(0).text()).isEqualTo("2015-03-12");
    }

    @Test
    void numbers_come_out_in_full_without_exponent_or_trailing_zeros() {
        Path file = xlsx(dir, "numbers.xlsx", workbook -> {
            Row row = workbook.createSheet("台账").createRow(0);
            row.createCell(0).setCellValue(42076);
            row.createCell(1).setCellValue(13800001111d);
            row.createCell(2).setCellValue(2.50);
            row.createCell(3).setCellValue(1.0);
            row.createCell(4).setCellValue(-0.125);
        });

        assertThat(texts(readAll(file).get(0))).containsExactly("42076", "13800001111", "2.5", "1", "-0.125");
    }

    @Test
    void numbers_written_with_exponents_or_zeros_by_other_programs_come_out_plain() {
        Path file = rawXlsx(dir, "raw-numbers.xlsx", """
                <sheetData><row r="1">
                  <c r="A1" s="%1$s"><v>2.50</v></c>
                  <c r="B1"><v>1.3800001111E10</v></c>
                  <c r="C1" t="n"><v>42076</v></c>
                  <c r="D1" s="%2$s"><v>0.000</v></c>
                  <c r="E1"><v>5.10903201503121E+17</v></c>
                </row></sheetData>""".formatted(TWO_DECIMALS, GENERAL));

        // E1: an 18-digit resident ID typed as a number, its last digits lost by Excel already
        assertThat(texts(readAll(file).get(0)))
                .containsExactly("2.5", "13800001111", "42076", "0", "510903201503121000");
    }

    @Test
    void formula_cells_are_flagged_and_give_their_cached_value() {
        Path file = xlsx(dir, "formulas.xlsx", workbook -> {
            Row row = workbook.createSheet("台账").createRow(0);
            row.createCell(0).setCellValue(20);
            row.createCell(1).setCellFormula("A1*2");
            row.createCell(2).setCellFormula("\"张\"&\"三\"");
            row.createCell(3).setCellValue("=A1*2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            // never calculated: no cached value
            row.createCell(4).setCellFormula("A1+1");
        });

        assertThat(readAll(file).get(0).cells()).containsExactly(
                new LedgerCell("20", false),
                new LedgerCell("40", true),
                new LedgerCell("张三", true),
                new LedgerCell("=A1*2", false),
                new LedgerCell("", true));
    }

    @Test
    void shared_formulas_and_date_formulas_are_flagged_too() {
        Path file = rawXlsx(dir, "shared-formulas.xlsx", """
                <sheetData>
                  <row r="1"><c r="A1"><v>2</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>4</v></c>
                    <c r="C1" s="%s"><f>DATE(2015,3,12)</f><v>%s</v></c></row>
                  <row r="2"><c r="A2"><v>3</v></c><c r="B2"><f t="shared" si="0"/><v>6</v></c></row>
                </sheetData>""".formatted(BUILT_IN_DATE, SERIAL_2015_03_12));

        List<LedgerLine> lines = readAll(file);

        assertThat(lines.get(0).cells()).containsExactly(
                new LedgerCell("2", false), new LedgerCell("4", true), new LedgerCell("2015-03-12", true));
        assertThat(lines.get(1).cells()).containsExactly(new LedgerCell("3", false), new LedgerCell("6", true));
    }

    @Test
    void booleans_and_errors_come_out_as_excel_shows_them() {
        Path file = rawXlsx(dir, "booleans.xlsx", """
                <sheetData><row r="1">
                  <c r="A1" t="b"><v>1</v></c>
                  <c r="B1" t="b"><v>0</v></c>
                  <c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c>
                  <c r="D1" t="e"><v>#REF!</v></c>
                </row></sheetData>""");

        assertThat(readAll(file).get(0).cells()).containsExactly(
                new LedgerCell("TRUE", false), new LedgerCell("FALSE", false),
                new LedgerCell("#DIV/0!", true), new LedgerCell("#REF!", false));
    }

    @Test
    void merged_cells_are_refused_naming_the_ranges_after_the_rows() {
        Path file = xlsx(dir, "merged.xlsx", workbook -> {
            XSSFSheet sheet = workbook.createSheet("台账");
            row(sheet, 0, "姓名", "监护人姓名");
            row(sheet, 4, "张小雨", "张奶奶");
            row(sheet, 5, "张小雪");
            row(sheet, 6, "张小雷");
            sheet.addMergedRegion(new CellRangeAddress(4, 6, 1, 1));
        });
        List<LedgerLine> lines = new ArrayList<>();

        assertThatThrownBy(() -> LedgerReader.read(file, ENOUGH_ROWS, lines::add))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> {
                    assertThat(e.rule()).isEqualTo("file.merged-cells");
                    assertThat(e.getMessage()).contains("B5:B7").contains("unmerge").doesNotContain("张");
                });
        assertThat(lines).hasSize(4);
    }

    @Test
    void a_sheet_with_many_merged_ranges_names_five() {
        Path file = xlsx(dir, "many-merged.xlsx", workbook -> {
            XSSFSheet sheet = workbook.createSheet("台账");
            row(sheet, 0, "姓名");
            for (int i = 0; i < 7; i++) {
                sheet.addMergedRegion(new CellRangeAddress(2 * i + 1, 2 * i + 2, 0, 0));
            }
        });

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> assertThat(e.getMessage())
                        .contains("A2:A3, A4:A5, A6:A7, A8:A9, A10:A11 and 2 more")
                        .doesNotContain("A12:A13"));
    }

    @Test
    void blank_rows_are_skipped_and_row_numbers_kept() {
        Path file = xlsx(dir, "blank-rows.xlsx", workbook -> {
            XSSFSheet sheet = workbook.createSheet("台账");
            CellStyle bordered = workbook.createCellStyle();
            bordered.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            row(sheet, 0, "姓名");
            row(sheet, 1, "甲");
            row(sheet, 2, "乙");
            row(sheet, 3, "丙");
            // row 5: formatted but empty; row 6: only blanks and spaces
            Row five = sheet.createRow(4);
            five.createCell(0).setCellStyle(bordered);
            five.createCell(1).setCellStyle(bordered);
            row(sheet, 5, "", "  ");
            row(sheet, 6, "丁");
        });

        assertThat(readAll(file)).extracting(LedgerLine::rowNumber).containsExactly(1, 2, 3, 4, 7);
    }

    @Test
    void rows_of_formulas_that_give_nothing_are_blank() {
        Path file = rawXlsx(dir, "template.xlsx", """
                <sheetData>
                  <row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>
                  <row r="2"><c r="A2" t="str"><f>IF(B2="","",B2)</f><v></v></c></row>
                  <row r="3"><c r="A3" t="str"><f>IF(B3="","",B3)</f></c></row>
                </sheetData>""");

        assertThat(readAll(file)).extracting(LedgerLine::rowNumber).containsExactly(1);
    }

    @Test
    void gaps_between_cells_are_padded_with_blank_cells() {
        Path file = xlsx(dir, "gaps.xlsx", workbook -> {
            Row row = workbook.createSheet("台账").createRow(0);
            row.createCell(0).setCellValue("甲");
            row.createCell(3).setCellValue("丁");
        });

        LedgerLine line = readAll(file).get(0);

        assertThat(texts(line)).containsExactly("甲", "", "", "丁");
        assertThat(line.cell(1)).isEqualTo(new LedgerCell("", false));
        assertThat(line.cell(9)).isEqualTo(new LedgerCell("", false));
    }

    @Test
    void rows_and_cells_without_references_follow_the_previous_ones() {
        Path file = rawXlsx(dir, "no-refs.xlsx", """
                <sheetData>
                  <row><c t="inlineStr"><is><t>姓名</t></is></c><c t="inlineStr"><is><t>性别</t></is></c></row>
                  <row r="4"><c><v>1</v></c><c r="D4"><v>4</v></c><c><v>5</v></c></row>
                  <row><c r="B5"><v>2</v></c></row>
                </sheetData>""");

        List<LedgerLine> lines = readAll(file);

        assertThat(lines).extracting(LedgerLine::rowNumber).containsExactly(1, 4, 5);
        assertThat(lines).extracting(LedgerFixtures::texts).containsExactly(
                List.of("姓名", "性别"), List.of("1", "", "", "4", "5"), List.of("", "2"));
    }

    @Test
    void formulas_outside_the_cells_are_not_cells() {
        Path file = rawXlsx(dir, "validation.xlsx", """
                <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>性别</t></is></c></row></sheetData>
                <extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"
                    xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">
                  <x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">
                    <x14:dataValidation type="list"><x14:formula1><xm:f>Lists!$A$1:$A$2</xm:f></x14:formula1>
                      <xm:sqref>A2:A100</xm:sqref></x14:dataValidation>
                  </x14:dataValidations></ext></extLst>""");

        assertThat(readAll(file)).singleElement()
                .satisfies(line -> assertThat(line.cells()).containsExactly(new LedgerCell("性别", false)));
    }

    @Test
    void only_the_first_worksheet_in_workbook_order_is_read() {
        Path file = xlsx(dir, "sheets.xlsx", workbook -> {
            row(workbook.createSheet("说明"), 0, "instructions");
            row(workbook.createSheet("台账"), 0, "ledger");
            workbook.setSheetOrder("台账", 0);
        });

        assertThat(readAll(file)).extracting(LedgerFixtures::texts).containsExactly(List.of("ledger"));
    }

    @Test
    void a_cell_pointing_at_a_missing_shared_string_makes_the_workbook_unreadable_without_quoting_any() {
        Path file = rawXlsx(dir, "bad-index.xlsx", """
                <sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>7</v></c></row></sheetData>""",
                "<si><t>张小雨</t></si>", false);

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> {
                    assertThat(e.rule()).isEqualTo("file.not-a-spreadsheet");
                    assertThat(e.getCause()).hasMessageContaining("B1");
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("张小雨");
                    }
                });
    }

    private static void row(XSSFSheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
