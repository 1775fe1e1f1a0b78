package org.shouhu.ops.ledger.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells an .xlsx from a CSV file, and both from what clerks also upload by mistake (old .xls,
 * PDF scans, photos, Word files), from the first bytes of the file. Each of these gets its own
 * message, because "not a spreadsheet" does not help someone who did upload a spreadsheet in
 * the 97-2003 format.
 */
final class FormatSniffer {

    /** How much of the file decides between text and binary; a text file has no NUL byte. */
    private static final int HEAD_BYTES = 8 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] UTF16_LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16_BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private FormatSniffer() {
    }

    static LedgerFormat sniff(Path file) {
        byte[] head = head(file);
        if (head.length == 0) {
            throw FileProblems.empty();
        }
        if (startsWith(head, ZIP)) {
            WorkbookPackage.probe(file);
            return LedgerFormat.XLSX;
        }
        if (startsWith(head, OLE2)) {
            throw FileProblems.legacyXls();
        }
        // checked before the NUL bytes that UTF-16 text is full of, to say what to do instead
        if (startsWith(head, UTF16_LE_BOM) || startsWith(head, UTF16_BE_BOM)) {
            throw FileProblems.utf16();
        }
        for (byte b : head) {
            if (b == 0) {
                throw FileProblems.notASpreadsheet();
            }
        }
        return LedgerFormat.CSV;
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
