package org.shouhu.ops.ledger.read;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the files the tests read: workbooks through POI's XSSFWorkbook (as Excel would write
 * them), workbooks from hand-written XML (for what POI does not write: inline strings, shared
 * formulas, rows without numbers, CJK built-in date formats), and zips of any content.
 */
final class LedgerFixtures {

    static final int ENOUGH_ROWS = 1_000;

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String SPREADSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    /**
     * The styles of {@link #rawXlsx}: 0 General, 1 built-in date 14, 2 built-in 31 (the
     * Chinese yyyy"年"m"月"d"日", not defined in the file), 3 custom yyyy-mm-dd, 4 "0.00".
     */
    static final String GENERAL = "0";
    static final String BUILT_IN_DATE = "1";
    static final String CHINESE_DATE = "2";
    static final String CUSTOM_DATE = "3";
    static final String TWO_DECIMALS = "4";

    private static final String STYLES = """
            <styleSheet xmlns="%s">
              <numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy\\-mm\\-dd"/></numFmts>
              <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
              <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
              <borders count="1"><border/></borders>
              <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
              <cellXfs count="5">
                <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
                <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
              </cellXfs>
            </styleSheet>""".formatted(MAIN_NS);

    private LedgerFixtures() {
    }

    /** Every non-blank line of {@code file}. */
    static List<LedgerLine> readAll(Path file) {
        List<LedgerLine> lines = new ArrayList<>();
        LedgerReader.read(file, ENOUGH_ROWS, lines::add);
        return lines;
    }

    /** The texts of a line, for compact assertions. */
    static List<String> texts(LedgerLine line) {
        return line.cells().stream().map(LedgerCell::text).toList();
    }

    static Path xlsx(Path dir, String name, Consumer<XSSFWorkbook> content) {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(workbook);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * A workbook of one sheet written from XML.
     *
     * @param sheet         the content of {@code <worksheet>}, e.g. {@code <sheetData>...</sheetData>}
     * @param sharedStrings the {@code <si>} elements of the shared strings
     * @param date1904      whether the workbook counts dates from 1904
     */
    static Path rawXlsx(Path dir, String name, String sheet, String sharedStrings, boolean date1904) {
        return zip(dir, name, rawXlsxParts(sheet, sharedStrings, date1904));
    }

    /** The parts of {@link #rawXlsx(Path, String, String, String, boolean)} by name, to break some. */
    static Map<String, String> rawXlsxParts(String sheet, String sharedStrings, boolean date1904) {
        String workbookPr = date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>";
        return new HashMap<>(Map.of(
                "[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="%1$s">
                          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                          <Default Extension="xml" ContentType="application/xml"/>
                          <Override PartName="/xl/workbook.xml" ContentType="%2$ssheet.main+xml"/>
                          <Override PartName="/xl/worksheets/sheet1.xml" ContentType="%2$sworksheet+xml"/>
                          <Override PartName="/xl/styles.xml" ContentType="%2$sstyles+xml"/>
                          <Override PartName="/xl/sharedStrings.xml" ContentType="%2$ssharedStrings+xml"/>
                        </Types>""".formatted(CONTENT_TYPES_NS, SPREADSHEET_CT),
                "_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="%s">
                          <Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>
                        </Relationships>""".formatted(PACKAGE_REL_NS, REL_NS),
                "xl/workbook.xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <workbook xmlns="%s" xmlns:r="%s">%s
                          <sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets>
                        </workbook>""".formatted(MAIN_NS, REL_NS, workbookPr),
                "xl/_rels/workbook.xml.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="%1$s">
                          <Relationship Id="rId1" Type="%2$s/worksheet" Target="worksheets/sheet1.xml"/>
                          <Relationship Id="rId2" Type="%2$s/styles" Target="styles.xml"/>
                          <Relationship Id="rId3" Type="%2$s/sharedStrings" Target="sharedStrings.xml"/>
                        </Relationships>""".formatted(PACKAGE_REL_NS, REL_NS),
                "xl/styles.xml", STYLES,
                "xl/sharedStrings.xml", "<sst xmlns=\"%s\">%s</sst>".formatted(MAIN_NS, sharedStrings),
                "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"%s\" xmlns:r=\"%s\">%s</worksheet>"
                        .formatted(MAIN_NS, REL_NS, sheet)));
    }

    static Path rawXlsx(Path dir, String name, String sheet) {
        return rawXlsx(dir, name, sheet, "", false);
    }

    static Path zip(Path dir, String name, Map<String, String> entries) {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static Path file(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
