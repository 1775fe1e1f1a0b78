package org.shouhu.command.attachments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of an attached file with what was found in them: the media type by their leading
 * bytes (a name's extension says nothing) and their SHA-256.
 */
public record AttachmentContent(byte[] bytes, String mediaType, String sha256) {

    public static AttachmentContent of(byte[] bytes, String mediaType) {
        return new AttachmentContent(bytes, mediaType, sha256(bytes));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
