package org.shouhu.ops.ledger.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The character encoding of an uploaded CSV file. Excel saves "CSV UTF-8" with a byte order
 * mark, but plain "CSV" in the code page of the PC, which for Chinese Windows is GBK (a subset
 * of GB18030); nothing in the file says which. So a file is taken as UTF-8 if all of it decodes
 * as UTF-8, which text in GBK practically never does, else as GB18030 if all of it decodes as
 * that, else refused: guessing wrong would import every name garbled. Both checks stream the
 * file; neither holds it in memory.
 *
 * @param charset   the encoding of the file
 * @param bomLength the bytes of byte order mark to skip at the start
 */
record CsvEncoding(Charset charset, int bomLength) {

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int BUFFER_CHARS = 8 * 1024;

    /**
     * @throws LedgerFileException ({@code file.unknown-encoding}) when the file is neither
     *                             UTF-8 nor GB18030
     */
    static CsvEncoding detect(Path file) {
        if (startsWithUtf8Bom(file)) {
            CsvEncoding utf8 = new CsvEncoding(StandardCharsets.UTF_8, UTF8_BOM.length);
            if (utf8.decodes(file)) {
                return utf8;
            }
            throw FileProblems.unknownEncoding();
        }
        for (Charset charset : new Charset[]{StandardCharsets.UTF_8, GB18030}) {
            CsvEncoding candidate = new CsvEncoding(charset, 0);
            if (candidate.decodes(file)) {
                return candidate;
            }
        }
        throw FileProblems.unknownEncoding();
    }

    /**
     * The text of {@code file} after the byte order mark. It decodes strictly, so should the
     * file change after {@link #detect}, reading fails with a {@link CharacterCodingException}
     * rather than yielding replacement characters.
     */
    Reader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(bomLength);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new InputStreamReader(in, strictDecoder());
    }

    private CharsetDecoder strictDecoder() {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private boolean decodes(Path file) {
        char[] buffer = new char[BUFFER_CHARS];
        try (Reader reader = open(file)) {
            while (reader.read(buffer) >= 0) {
                // only whether it decodes matters
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    private static boolean startsWithUtf8Bom(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(UTF8_BOM.length);
            return Arrays.equals(head, UTF8_BOM);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
