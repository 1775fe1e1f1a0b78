package org.shouhu.ops.integrity;

/** The leaf of an event in the Merkle tree is its hash; an event stored without one (before chaining) counts as zeros. */
final class LeafHashes {

    private LeafHashes() {
    }

    static String of(String eventHash) {
        return eventHash == null ? EventHash.GENESIS : eventHash;
    }
}
