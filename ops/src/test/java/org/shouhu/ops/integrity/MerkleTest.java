package org.shouhu.ops.integrity;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The RFC 9162 tree: the streaming root equals the recursive one, and every audit path leads to it. */
class MerkleTest {

    private static byte[][] leaves(int n) {
        byte[][] leaves = new byte[n][];
        for (int i = 0; i < n; i++) {
            leaves[i] = Merkle.leaf(HexFormat.of().formatHex(EventHash.sha256().digest(new byte[]{(byte) i})));
        }
        return leaves;
    }

    @Test
    void the_accumulated_root_is_the_rfc_9162_root_for_every_size_and_resumes_from_its_frontier() {
        for (int n = 1; n <= 70; n++) {
            byte[][] leaves = leaves(n);
            Merkle.Accumulator accumulator = new Merkle.Accumulator();
            Merkle.Accumulator resumed = null;
            for (int i = 0; i < n; i++) {
                accumulator.add(leaves[i]);
                if (i == n / 2) {
                    resumed = Merkle.Accumulator.resume(accumulator.frontier());
                } else if (resumed != null) {
                    resumed.add(leaves[i]);
                }
            }
            assertThat(accumulator.root()).as("n=" + n).isEqualTo(Merkle.root(leaves, 0, n));
            if (resumed != null) {
                assertThat(resumed.root()).as("resumed n=" + n).isEqualTo(Merkle.root(leaves, 0, n));
            }
        }
    }

    @Test
    void every_audit_path_leads_from_its_leaf_to_the_root_and_from_no_other_leaf() {
        for (int n = 1; n <= 33; n++) {
            byte[][] leaves = leaves(n);
            byte[] root = Merkle.root(leaves, 0, n);
            for (int m = 0; m < n; m++) {
                List<byte[]> path = Merkle.path(m, leaves, 0, n);
                assertThat(Merkle.rootFromPath(m, n, leaves[m], path)).as("n=%d m=%d", n, m).isEqualTo(root);
                int other = (m + 1) % n;
                if (other != m) {
                    assertThat(Merkle.rootFromPath(m, n, leaves[other], path)).isNotEqualTo(root);
                }
            }
        }
    }

    @Test
    void a_known_tree_of_two_leaves_hashes_as_the_rfc_says() {
        byte[] a = Merkle.leaf("00".repeat(32));
        byte[] b = Merkle.leaf("11".repeat(32));
        java.security.MessageDigest sha256 = EventHash.sha256();
        sha256.update((byte) 0x01);
        sha256.update(a);
        sha256.update(b);
        assertThat(Merkle.root(new byte[][]{a, b}, 0, 2)).isEqualTo(sha256.digest());
    }
}
