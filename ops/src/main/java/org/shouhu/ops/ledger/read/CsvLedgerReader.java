package org.shouhu.ops.ledger.read;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * Reads a CSV ledger record by record, streaming, in RFC 4180 quoting (what Excel writes: values
 * with commas, quotes or line breaks in double quotes). Empty lines are records too, so that
 * record numbers stay the row numbers Excel shows for the file.
 */
final class CsvLedgerReader {

    private CsvLedgerReader() {
    }

    /**
     * Hands every record of {@code file} to {@code lines}, blank ones included, top to bottom;
     * exceptions of {@code lines} propagate unchanged.
     *
     * @throws LedgerFileException {@code file.unknown-encoding} when the file is neither UTF-8
     *                             nor GB18030, {@code file.malformed-csv} at a record that
     *                             breaks the quoting rules
     */
    static void read(Path file, Consumer<LedgerLine> lines) {
        CsvEncoding encoding = CsvEncoding.detect(file);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(CsvDelimiter.detect(file, encoding.bomLength()))
                .get();
        LineBuilder line = new LineBuilder();
        try (Reader reader = encoding.open(file);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            long recordLine = 1;
            for (CSVRecord record = next(records, recordLine); record != null; record = next(records, recordLine)) {
                for (int i = 0; i < record.size(); i++) {
                    line.put(i, new LedgerCell(record.get(i), false));
                }
                recordLine = parser.getCurrentLineNumber() + 1;
                lines.accept(line.build(Math.toIntExact(record.getRecordNumber())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    /**
     * The next record, null after the last one.
     *
     * @param line the line the next record starts on, which is where the clerk has to look
     *             when it is malformed (the parser itself stops at the end of the file when a
     *             quote is not closed)
     */
    private static CSVRecord next(Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                throw FileProblems.malformedCsv(line, e.getCause());
            }
            if (e.getCause() instanceof CharacterCodingException) {
                throw FileProblems.unknownEncoding();
            }
            throw e;
        }
    }
}
