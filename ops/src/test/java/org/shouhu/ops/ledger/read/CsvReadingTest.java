package org.shouhu.ops.ledger.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.ops.ledger.read.LedgerFixtures.ENOUGH_ROWS;
import static org.shouhu.ops.ledger.read.LedgerFixtures.file;
import static org.shouhu.ops.ledger.read.LedgerFixtures.readAll;

/** Reading .csv ledgers: encodings, delimiters, quoting and what is refused. */
class CsvReadingTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String LEDGER = "姓名,性别\r\n张小雨,女\r\n";

    @TempDir
    Path dir;

    @Test
    void utf8_with_a_byte_order_mark_is_read_without_it() {
        Path file = file(dir, "bom.csv", concat(UTF8_BOM, LEDGER.getBytes(StandardCharsets.UTF_8)));

        List<LedgerLine> lines = readAll(file);

        assertThat(LedgerReader.read(file, ENOUGH_ROWS, line -> { })).isEqualTo(LedgerFormat.CSV);
        assertThat(lines).extracting(LedgerLine::rowNumber).containsExactly(1, 2);
        assertThat(lines.get(0).cell(0).text()).isEqualTo("姓名");
        assertThat(lines.get(1).cells()).containsExactly(new LedgerCell("张小雨", false), new LedgerCell("女", false));
    }

    @Test
    void utf8_without_a_byte_order_mark_is_recognised() {
        Path file = file(dir, "utf8.csv", LEDGER.getBytes(StandardCharsets.UTF_8));

        assertThat(readAll(file)).extracting(LedgerFixtures::texts)
                .containsExactly(List.of("姓名", "性别"), List.of("张小雨", "女"));
    }

    @Test
    void gb18030_as_chinese_excel_saves_csv_is_recognised() {
        Path file = file(dir, "gbk.csv", "姓名,性别\n张小雨,女\n".getBytes(GB18030));

        assertThat(readAll(file)).extracting(LedgerFixtures::texts)
                .containsExactly(List.of("姓名", "性别"), List.of("张小雨", "女"));
    }

    @Test
    void a_file_in_neither_encoding_is_refused() {
        byte[] latin1 = "name,village\nJosé,Tōkyō\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] stray = {'a', ',', 'b', '\n', (byte) 0x80, '\n'};

        for (byte[] content : List.of(latin1, stray)) {
            Path file = file(dir, "unknown.csv", content);
            assertThatThrownBy(() -> readAll(file))
                    .isInstanceOfSatisfying(LedgerFileException.class, e -> {
                        assertThat(e.rule()).isEqualTo("file.unknown-encoding");
                        assertThat(e.getMessage()).contains("UTF-8").contains("GB18030");
                    });
        }
    }

    @Test
    void a_first_line_with_tabs_and_no_comma_means_tab_separated() {
        Path file = file(dir, "tabs.csv", "姓名\t性别\t村\n张三\t男\t青龙村, 3组\n".getBytes(StandardCharsets.UTF_8));

        assertThat(readAll(file)).extracting(LedgerFixtures::texts)
                .containsExactly(List.of("姓名", "性别", "村"), List.of("张三", "男", "青龙村, 3组"));
    }

    @Test
    void a_first_line_with_commas_means_comma_separated_even_with_tabs() {
        Path file = file(dir, "commas.csv", "姓名,备注\n张三,a\tb\n".getBytes(StandardCharsets.UTF_8));

        assertThat(readAll(file)).extracting(LedgerFixtures::texts)
                .containsExactly(List.of("姓名", "备注"), List.of("张三", "a\tb"));
    }

    @Test
    void quoted_values_keep_their_commas_quotes_and_line_breaks() {
        String csv = "姓名,地址,备注\n"
                + "\"张, 三\",\"青龙村\n3组\",\"他说\"\"好\"\"\"\n"
                + "李四,石洞镇,\n";
        Path file = file(dir, "quoted.csv", csv.getBytes(StandardCharsets.UTF_8));

        List<LedgerLine> lines = readAll(file);

        assertThat(lines.get(1).cells()).extracting(LedgerCell::text)
                .containsExactly("张, 三", "青龙村\n3组", "他说\"好\"");
        // record numbers, not line numbers: the quoted line break does not count
        assertThat(lines).extracting(LedgerLine::rowNumber).containsExactly(1, 2, 3);
        assertThat(lines.get(2).cells()).extracting(LedgerCell::text).containsExactly("李四", "石洞镇");
    }

    @Test
    void an_unterminated_quote_is_refused_naming_the_line_it_starts_on() {
        Path file = file(dir, "unterminated.csv", "姓名,性别\n张三,男\n\"李四,女\n王五,男\n".getBytes(StandardCharsets.UTF_8));
        List<LedgerLine> lines = new ArrayList<>();

        assertThatThrownBy(() -> LedgerReader.read(file, ENOUGH_ROWS, lines::add))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> {
                    assertThat(e.rule()).isEqualTo("file.malformed-csv");
                    assertThat(e.getMessage()).contains("line 3").doesNotContain("李四");
                });
        assertThat(lines).hasSize(2);
    }

    @Test
    void text_after_a_closing_quote_is_refused_naming_the_line() {
        Path file = file(dir, "after-quote.csv", "姓名,性别\r\n\"张\"三,男\r\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> {
                    assertThat(e.rule()).isEqualTo("file.malformed-csv");
                    assertThat(e.getMessage()).contains("line 2");
                });
    }

    @Test
    void blank_lines_are_skipped_and_record_numbers_kept() {
        Path file = file(dir, "blanks.csv", "姓名,性别\n\n , \n,,,\n张三,男\n".getBytes(StandardCharsets.UTF_8));

        assertThat(readAll(file)).extracting(LedgerLine::rowNumber).containsExactly(1, 5);
    }

    @Test
    void values_are_trimmed_and_trailing_empty_values_dropped() {
        Path file = file(dir, "spaces.csv", " 张三 ,\u3000男\u3000,,\n".getBytes(StandardCharsets.UTF_8));

        assertThat(readAll(file).get(0).cells()).containsExactly(new LedgerCell("张三", false), new LedgerCell("男", false));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
