package org.shouhu.ops.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scenario's figures: printed, and appended as a line to {@code -Dshouhu.reliability.out} when
 * set (ops/reliability/run.sh collects them for docs/reliability.md).
 */
final class Figures {

    private Figures() {
    }

    static void print(String scenario, Map<String, ?> figures) {
        String line = Instant.now() + " " + scenario + " " + new TreeMap<>(figures);
        System.out.println("RELIABILITY " + line);
        String out = System.getProperty("shouhu.reliability.out");
        if (out != null) {
            try {
                Files.writeString(Path.of(out), line + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
