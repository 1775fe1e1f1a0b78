package org.shouhu.ops.integrity;

import java.util.List;

/**
 * Everything needed to check, without the application, that one event as it is stored now is
 * part of the history a signed checkpoint vouches for: recompute the event's hash from
 * {@code event}, its leaf, the root along {@code auditPath} (RFC 9162 2.1.3.2), and compare with
 * the root in the signed {@code checkpoint.statement}. See docs/integrity.md and {@code ProofCheck}.
 */
public record InclusionProof(ProvenEvent event, long leafIndex, long treeSize, List<String> auditPath,
                             SignedCheckpoint checkpoint) {

    /** The stored fields of the event, with its chain's hashes from its metadata. */
    public record ProvenEvent(String identifier, String aggregateIdentifier, long sequenceNumber, String type,
                              String timestamp, String payloadType, String payloadRevision, String payload,
                              String canonicalMetaData, String previousHash, String hash, long position) {
    }

    public record SignedCheckpoint(long id, String statement, String signature, String keyId, String rootHash,
                                   String publicKey) {
    }
}
