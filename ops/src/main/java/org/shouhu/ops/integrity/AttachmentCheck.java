package org.shouhu.ops.integrity;

import org.shouhu.events.common.ChildId;
import org.shouhu.ops.privacy.EncryptedAttachments;
import org.shouhu.ops.privacy.ErasedDataException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The verifier's check of attached files: every file an {@code AttachmentAdded} event names must
 * open under its child's key and have the SHA-256 the event recorded (the event itself is under
 * the hash chain). Files erased with their child's personal data are passed over.
 */
final class AttachmentCheck {

    /** Altered files named in a verification; all are counted. */
    static final int NAMED = 100;
    private static final String ADDED = "org.shouhu.events.attachments.AttachmentAdded";

    private final JdbcTemplate streaming;
    private final EncryptedAttachments attachments;
    long checked;
    long altered;
    final List<Verification.AlteredAttachment> named = new ArrayList<>();

    AttachmentCheck(JdbcTemplate streaming, EncryptedAttachments attachments) {
        this.streaming = streaming;
        this.attachments = attachments;
    }

    AttachmentCheck run() {
        streaming.query("""
                SELECT aggregate_identifier, payload::jsonb ->> 'attachmentId' AS attachment_id,
                       payload::jsonb ->> 'sha256' AS sha256, event_identifier
                  FROM domain_event_entry WHERE payload_type = ? ORDER BY global_index""", row -> {
            String childId = row.getString("aggregate_identifier");
            String sha256 = row.getString("sha256");
            try {
                attachments.open(new ChildId(UUID.fromString(childId)), sha256);
                checked++;
            } catch (ErasedDataException erased) {
                // nothing of it is left to check, by design
            } catch (EncryptedAttachments.AlteredAttachmentException wrong) {
                checked++;
                if (altered++ < NAMED) {
                    named.add(new Verification.AlteredAttachment(row.getString("event_identifier"), childId,
                            row.getString("attachment_id"), sha256, wrong.getMessage()));
                }
            }
        }, ADDED);
        return this;
    }
}
