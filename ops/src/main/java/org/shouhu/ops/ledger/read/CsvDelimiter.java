package org.shouhu.ops.ledger.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a CSV file separates its values by commas or by tabs: what Excel saves as "Text (Tab
 * delimited)" and what is pasted from other systems is tab-separated, and clerks name it .csv.
 * Decided by the first line: tabs and no comma mean tabs.
 *
 * <p>The line is scanned as bytes, which works for both accepted encodings: in UTF-8 and in
 * GB18030 the bytes of tab, comma, CR and LF never occur inside the encoding of another
 * character.
 */
final class CsvDelimiter {

    static final char COMMA = ',';
    static final char TAB = '\t';

    private CsvDelimiter() {
    }

    /** @param skip the bytes of byte order mark before the first line */
    static char detect(Path file, int skip) {
        boolean tab = false;
        boolean comma = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.skipNBytes(skip);
            for (int b = in.read(); b >= 0 && b != '\n' && b != '\r'; b = in.read()) {
                tab |= b == TAB;
                comma |= b == COMMA;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
        return tab && !comma ? TAB : COMMA;
    }
}
