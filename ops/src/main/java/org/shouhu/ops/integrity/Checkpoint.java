package org.shouhu.ops.integrity;

import java.time.Instant;

/**
 * A signed statement that the first {@code treeSize} events, in global order, have the Merkle
 * root {@code rootHash}. {@code statement} is the exact text hashed ({@code checkpointHash})
 * and signed; it can be printed or sent elsewhere and checked later with the public key.
 */
public record Checkpoint(long id, long treeSize, long lastPosition, String rootHash, String previousHash,
                         Instant createdAt, String statement, String checkpointHash, String keyId, String signature) {

    static final String TAG = "shouhu checkpoint v1";

    static String statement(long treeSize, long lastPosition, String rootHash, String previousHash, Instant createdAt,
                            String keyId) {
        return TAG + "\n"
                + "tree-size: " + treeSize + "\n"
                + "last-position: " + lastPosition + "\n"
                + "root: " + rootHash + "\n"
                + "previous: " + previousHash + "\n"
                + "created-at: " + createdAt + "\n"
                + "key-id: " + keyId + "\n";
    }

    /** Whether the statement says what the other columns say. */
    boolean statementAgrees() {
        return statement.equals(statement(treeSize, lastPosition, rootHash, previousHash, createdAt, keyId));
    }
}
