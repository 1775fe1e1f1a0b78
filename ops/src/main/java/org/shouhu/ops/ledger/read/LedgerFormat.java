package org.shouhu.ops.ledger.read;

import java.nio.file.Path;

/** The two formats a ledger can be uploaded in. */
public enum LedgerFormat {
    XLSX,
    CSV;

    /**
     * The format of {@code file}, decided by its content, never by its name: clerks rename
     * files, and browsers send whatever name and type the desktop had.
     *
     * @throws LedgerFileException when the file is empty ({@code file.empty}), an Excel 97-2003
     *                             or password-protected workbook ({@code file.legacy-xls}), UTF-16 text
     *                             ({@code file.unknown-encoding}), or neither a workbook nor text
     *                             ({@code file.not-a-spreadsheet})
     * @throws java.io.UncheckedIOException when the file cannot be read at all
     */
    public static LedgerFormat sniff(Path file) {
        return FormatSniffer.sniff(file);
    }
}
