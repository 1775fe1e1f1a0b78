package org.shouhu.ops.privacy;

import org.shouhu.command.attachments.AttachmentContent;
import org.shouhu.command.attachments.AttachmentStore;
import org.shouhu.events.common.ChildId;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Attached files in {@code privacy.attachment_content}, sealed with AES-256-GCM under the
 * child's data key, the child's id and the file's SHA-256 as associated data: a sealed file
 * cannot be moved to another child or hash and still open, and altered bytes do not open.
 */
public class EncryptedAttachments implements AttachmentStore {

    private final JdbcTemplate jdbc;
    private final DataKeys keys;

    public EncryptedAttachments(JdbcTemplate jdbc, DataKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** The same file attached twice to one child is kept once. */
    @Override
    public void store(ChildId childId, AttachmentContent content) {
        UUID owner = childId.value();
        byte[] sealed = AesGcm.seal(keys.forWriting(owner), content.bytes(), associatedData(owner, content.sha256()));
        jdbc.update("""
                INSERT INTO privacy.attachment_content (child_id, sha256, sealed) VALUES (?, ?, ?)
                ON CONFLICT (child_id, sha256) DO NOTHING""", owner, content.sha256(), sealed);
    }

    /**
     * The file's bytes, checked against its SHA-256.
     *
     * @throws ErasedDataException       when the child's personal data was erased (the file with it)
     * @throws AlteredAttachmentException when the stored bytes are not those sealed, or not of this hash
     */
    public byte[] open(ChildId childId, String sha256) {
        UUID owner = childId.value();
        List<byte[]> rows = jdbc.query("SELECT sealed FROM privacy.attachment_content WHERE child_id = ? AND sha256 = ?",
                (row, i) -> row.getBytes(1), owner, sha256);
        Optional<javax.crypto.SecretKey> key = keys.forReading(owner);
        if (key.isEmpty()) {
            throw new ErasedDataException(owner);
        }
        if (rows.isEmpty()) {
            throw new AlteredAttachmentException("the file is missing from the store");
        }
        try {
            byte[] content = AesGcm.open(key.get(), rows.get(0), associatedData(owner, sha256));
            if (!AttachmentContent.sha256(content).equals(sha256)) {
                throw new AlteredAttachmentException("the file's bytes do not have the SHA-256 its event names");
            }
            return content;
        } catch (GeneralSecurityException altered) {
            throw new AlteredAttachmentException("the stored bytes are not the ones sealed: they were altered");
        }
    }

    private static byte[] associatedData(UUID owner, String sha256) {
        return ("attachment:" + owner + ":" + sha256).getBytes(StandardCharsets.UTF_8);
    }

    /** A stored file that does not open, or opens to other bytes than its hash names. */
    public static class AlteredAttachmentException extends RuntimeException {

        AlteredAttachmentException(String message) {
            super(message, null, false, false);
        }
    }
}
