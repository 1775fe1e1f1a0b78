package org.shouhu.ops.ledger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shouhu.events.common.ResidentId;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A ledger as a bureau keeps it, generated from a seed: names, dates written the several ways
 * clerks write them (date cells, text, serial numbers, full-width digits), guardians and their
 * phones, and, where asked for, rows that are wrong in a known way, one error each, whose
 * expected column and rule the test compares the import's report with.
 */
public final class GeneratedLedger {

    /** A row made wrong on purpose, and the column and rule an import must name for it. */
    public record BadRow(int row, LedgerColumn column, String rule) {
    }

    /** A cell: text, or a date (written as a date-formatted cell in .xlsx), or a number. */
    public record Cell(String text, LocalDate date, Double number) {
        static Cell text(String text) {
            return new Cell(text, null, null);
        }
    }

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡"};
    private static final String[] GIVEN = {"小雨", "浩然", "欣怡", "子涵", "宇轩", "梓萱", "俊杰", "雨萱", "思远", "佳怡", "一诺", "明轩"};
    private static final String[][] AREAS = {{"导入镇", "东风村"}, {"导入镇", "红旗村"}, {"导入镇", "向阳村"},
            {"台账乡", "石桥村"}, {"台账乡", "柳树村"}, {"台账乡", "桃园社区"}};
    private static final String[] GOOD_CATEGORIES = {"留守儿童", "农村留守儿童", "未成年残疾人", "农村低保", "城镇低保",
            "特困", "孤儿", "事实无人抚养儿童", "LEFT_BEHIND"};
    private static final String[] RELATIONS = {"祖父母", "奶奶", "外祖父母", "外婆", "父亲", "其他亲属", "叔叔"};
    private static final String[] PARENTS = {"省外务工", "省内务工", "在家", "不详", "省外"};
    private static final String[] RISKS = {"", "", "低", "中", "高"};
    public static final String WORKER_TOWNSHIP = "导入镇";
    /** The kinds of wrong row, in turn. */
    private static final int KINDS = 13;

    private final List<List<Cell>> lines = new ArrayList<>();
    private final List<BadRow> bad = new ArrayList<>();

    private GeneratedLedger() {
    }

    /**
     * @param rows     data rows (the header comes first, as row 1)
     * @param badEvery every so many rows one is made wrong (0: none)
     * @param worker   a worker of the township 导入镇, by name or id, for every fifth row there (null: none)
     */
    public static GeneratedLedger generate(int rows, long seed, int badEvery, String worker) {
        GeneratedLedger ledger = new GeneratedLedger();
        Random random = new Random(seed);
        ledger.lines.add(Stream.of(LedgerColumn.values()).map(LedgerColumn::header).map(Cell::text).toList());
        int badKind = 0;
        for (int i = 0; i < rows; i++) {
            int rowNumber = i + 2;
            List<Cell> line = ledger.goodLine(random, i, worker);
            if (badEvery > 0 && i % badEvery == badEvery - 1) {
                if (badKind % KINDS == KINDS - 1 && i > 0) {
                    // a resident ID twice: this row takes the one of the row above; both are wrong
                    line.set(LedgerColumn.RESIDENT_ID.ordinal(), ledger.lines.get(rowNumber - 2)
                            .get(LedgerColumn.RESIDENT_ID.ordinal()));
                    line.set(LedgerColumn.DATE_OF_BIRTH.ordinal(), ledger.lines.get(rowNumber - 2)
                            .get(LedgerColumn.DATE_OF_BIRTH.ordinal()));
                    ledger.bad.add(new BadRow(rowNumber - 1, LedgerColumn.RESIDENT_ID, "resident-id.duplicate-in-file"));
                    ledger.bad.add(new BadRow(rowNumber, LedgerColumn.RESIDENT_ID, "resident-id.duplicate-in-file"));
                } else {
                    ledger.bad.add(spoil(line, rowNumber, badKind % KINDS));
                }
                badKind++;
            }
            ledger.lines.add(line);
        }
        return ledger;
    }

    private List<Cell> goodLine(Random random, int index, String worker) {
        LocalDate born = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(15 * 365));
        String[] area = AREAS[random.nextInt(AREAS.length)];
        List<Cell> line = new ArrayList<>();
        line.add(Cell.text(SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]));
        line.add(Cell.text(random.nextBoolean() ? "男" : "女"));
        line.add(date(born, random));
        line.add(Cell.text(residentId(born, index)));
        line.add(Cell.text(area[0]));
        line.add(Cell.text(area[1]));
        line.add(Cell.text(GOOD_CATEGORIES[random.nextInt(GOOD_CATEGORIES.length)]));
        boolean guardian = random.nextInt(10) > 0;
        line.add(Cell.text(guardian ? SURNAMES[random.nextInt(SURNAMES.length)] + "奶奶" : ""));
        line.add(Cell.text(guardian ? RELATIONS[random.nextInt(RELATIONS.length)] : ""));
        line.add(Cell.text(guardian ? "13" + (100000000 + random.nextInt(900000000)) : ""));
        line.add(Cell.text(guardian && random.nextBoolean() ? "有监护能力" : ""));
        line.add(Cell.text(PARENTS[random.nextInt(PARENTS.length)]));
        line.add(Cell.text(PARENTS[random.nextInt(PARENTS.length)]));
        line.add(Cell.text(worker != null && index % 5 == 0 && area[0].equals(WORKER_TOWNSHIP) ? worker : ""));
        line.add(Cell.text(RISKS[random.nextInt(RISKS.length)]));
        return line;
    }

    /** A date the ways clerks enter it: a date cell, ISO text, slashes, 年月日, a serial number, full-width digits. */
    private static Cell date(LocalDate born, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> new Cell(null, born, null);
            case 1 -> Cell.text(born.toString());
            case 2 -> Cell.text(born.getYear() + "/" + born.getMonthValue() + "/" + born.getDayOfMonth());
            case 3 -> Cell.text(born.getYear() + "年" + born.getMonthValue() + "月" + born.getDayOfMonth() + "日");
            case 4 -> new Cell(null, null, (double) ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), born));
            default -> Cell.text(fullWidth(born.toString()));
        };
    }

    private static BadRow spoil(List<Cell> line, int row, int kind) {
        return switch (kind) {
            case 0 -> set(line, row, LedgerColumn.RESIDENT_ID, wrongCheckDigit(line.get(3).text()),
                    "resident-id.check-digit");
            case 1 -> set(line, row, LedgerColumn.RESIDENT_ID, "5.10904201503E+17", "resident-id.stored-as-number");
            case 2 -> set(line, row, LedgerColumn.NAME, "", "required");
            case 3 -> set(line, row, LedgerColumn.SEX, "不详", "sex.unknown");
            case 4 -> set(line, row, LedgerColumn.DATE_OF_BIRTH, "去年春天", "date.format");
            case 5 -> set(line, row, LedgerColumn.DATE_OF_BIRTH, "2007-02-03", "resident-id.birth-date-mismatch");
            case 6 -> set(line, row, LedgerColumn.CATEGORY, "困境儿童类别不明", "category.unknown");
            case 7 -> {
                line.set(LedgerColumn.GUARDIAN_NAME.ordinal(), Cell.text("李大妈"));
                yield set(line, row, LedgerColumn.GUARDIAN_RELATION, "邻居", "guardian-relation.unknown");
            }
            case 8 -> {
                line.set(LedgerColumn.GUARDIAN_NAME.ordinal(), Cell.text("李大妈"));
                line.set(LedgerColumn.GUARDIAN_RELATION.ordinal(), Cell.text("奶奶"));
                yield set(line, row, LedgerColumn.GUARDIAN_PHONE, "电话待补", "phone.format");
            }
            case 9 -> set(line, row, LedgerColumn.RISK_LEVEL, "很高", "risk-level.unknown");
            case 10 -> {
                line.set(LedgerColumn.GUARDIAN_NAME.ordinal(), Cell.text("李大妈"));
                line.set(LedgerColumn.GUARDIAN_PHONE.ordinal(), Cell.text(""));
                line.set(LedgerColumn.GUARDIAN_CAPACITY.ordinal(), Cell.text(""));
                yield set(line, row, LedgerColumn.GUARDIAN_RELATION, "", "required");
            }
            case 11 -> {
                line.set(LedgerColumn.TOWNSHIP.ordinal(), Cell.text(WORKER_TOWNSHIP));
                line.set(LedgerColumn.VILLAGE.ordinal(), Cell.text("东风村"));
                yield set(line, row, LedgerColumn.RESPONSIBLE_WORKER, "查无此人", "worker.unknown");
            }
            default -> throw new IllegalArgumentException("no such kind of wrong row: " + kind);
        };
    }

    private static BadRow set(List<Cell> line, int row, LedgerColumn column, String text, String rule) {
        line.set(column.ordinal(), Cell.text(text));
        return new BadRow(row, column, rule);
    }

    private static String wrongCheckDigit(String id) {
        char right = id.charAt(17);
        return id.substring(0, 17) + (right == '0' ? '1' : '0');
    }

    /** A valid resident ID, unique by index: the address code varies with the index beyond the sequence code. */
    static String residentId(LocalDate born, int index) {
        String first17 = String.format("51%04d", 900 + index / 1000) + born.toString().replace("-", "")
                + String.format("%03d", index % 1000);
        return first17 + ResidentId.checkCharacter(first17);
    }

    private static String fullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.append(Character.isDigit(c) ? (char) ('０' + (c - '0')) : (char) c));
        return wide.toString();
    }

    public List<BadRow> badRows() {
        return bad;
    }

    public int rows() {
        return lines.size() - 1;
    }

    public Path writeXlsx(Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("台账");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<Cell> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    Cell cell = line.get(c);
                    var written = row.createCell(c);
                    if (cell.date() != null) {
                        written.setCellValue(cell.date());
                        written.setCellStyle(dateStyle);
                    } else if (cell.number() != null) {
                        written.setCellValue(cell.number());
                    } else if (!cell.text().isEmpty()) {
                        written.setCellValue(cell.text());
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** As text: date cells written as ISO dates, serial numbers as their digits. */
    public Path writeCsv(Path file, Charset charset) throws IOException {
        try (Writer writer = new OutputStreamWriter(Files.newOutputStream(file), charset);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            for (List<Cell> line : lines) {
                printer.printRecord(line.stream().map(cell -> cell.date() != null ? cell.date().toString()
                        : cell.number() != null ? String.valueOf(cell.number().longValue()) : cell.text()).toList());
            }
        }
        return file;
    }
}
