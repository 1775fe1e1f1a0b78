package org.shouhu.ops.integrity;

import java.util.List;

/**
 * What the verifier found: "intact", with how much it checked, or "broken", with the first
 * broken event (in global order), the first checkpoint the store no longer matches, and the
 * attached files whose stored bytes are not those recorded.
 */
public record Verification(String status, long eventsChecked, long streamsChecked, long checkpointsChecked,
                           long verifiedUpToPosition, BrokenEvent firstBrokenEvent, BrokenCheckpoint brokenCheckpoint,
                           long attachmentsChecked, long attachmentsAltered, List<AlteredAttachment> alteredAttachments) {

    public static final String INTACT = "intact";
    public static final String BROKEN = "broken";

    /**
     * @param problem {@code sequence-gap}, {@code previous-hash-mismatch}, {@code hash-mismatch},
     *                {@code hash-column-mismatch} or {@code unchained}
     */
    public record BrokenEvent(String eventId, long position, String aggregateId, long sequence, String problem) {
    }

    /**
     * @param problem {@code root-mismatch}, {@code missing-events}, {@code position-mismatch},
     *                {@code chain-mismatch}, {@code statement-mismatch} or {@code bad-signature}
     * @param firstPosition the global position after the checkpoint before it: the broken
     *                      event lies between it and {@code lastPosition}
     */
    public record BrokenCheckpoint(long checkpointId, long treeSize, long firstPosition, long lastPosition,
                                   String problem) {
    }

    /** An attached file that does not open, or opens to other bytes than its event's SHA-256 (the first 100 named). */
    public record AlteredAttachment(String eventId, String childId, String attachmentId, String sha256, String problem) {
    }

    public boolean intact() {
        return INTACT.equals(status);
    }
}
