package org.shouhu.command.attachments;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The media type of a file by its first bytes (its "magic number"), for the kinds of file a case keeps. */
public final class MediaTypes {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final int WEBP_TAG_AT = 8;

    private MediaTypes() {
    }

    public static Optional<String> of(byte[] content) {
        if (startsWith(content, JPEG, 0)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PNG, 0)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, PDF, 0)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, RIFF, 0) && startsWith(content, WEBP, WEBP_TAG_AT)) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix, int at) {
        return content.length >= at + prefix.length
                && Arrays.equals(content, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
