package org.shouhu.ops.integrity;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Merkle trees as RFC 9162 (Certificate Transparency 2.0), section 2.1, defines them, over
 * event hashes as leaves: a leaf is {@code SHA-256(0x00 || eventHash)}, a node
 * {@code SHA-256(0x01 || left || right)}, and a tree of n leaves splits at the largest power
 * of two below n.
 */
public final class Merkle {

    private static final HexFormat HEX = HexFormat.of();

    private Merkle() {
    }

    public static byte[] leaf(String eventHashHex) {
        MessageDigest sha256 = EventHash.sha256();
        sha256.update((byte) 0x00);
        sha256.update(HEX.parseHex(eventHashHex));
        return sha256.digest();
    }

    static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha256 = EventHash.sha256();
        sha256.update((byte) 0x01);
        sha256.update(left);
        sha256.update(right);
        return sha256.digest();
    }

    /** The root of the tree over {@code leaves[from, to)} (leaf hashes). */
    static byte[] root(byte[][] leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves[from];
        }
        int k = largestPowerOfTwoBelow(n);
        return node(root(leaves, from, from + k), root(leaves, from + k, to));
    }

    /** The inclusion proof (audit path) of leaf {@code m} in the tree over {@code leaves[from, to)}, RFC 9162 2.1.3.1. */
    static List<byte[]> path(int m, byte[][] leaves, int from, int to) {
        int n = to - from;
        List<byte[]> path = new ArrayList<>();
        if (n == 1) {
            return path;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path.addAll(path(m, leaves, from, from + k));
            path.add(root(leaves, from + k, to));
        } else {
            path.addAll(path(m - k, leaves, from + k, to));
            path.add(root(leaves, from, from + k));
        }
        return path;
    }

    /** The root that an audit path leads to from a leaf, RFC 9162 2.1.3.2; null when the path does not fit the tree. */
    public static byte[] rootFromPath(long leafIndex, long treeSize, byte[] leaf, List<byte[]> path) {
        if (leafIndex >= treeSize) {
            return null;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leaf;
        for (byte[] p : path) {
            if (sn == 0) {
                return null;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? r : null;
    }

    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    /**
     * The root of a growing tree without holding its leaves: the roots of its perfect
     * subtrees, largest first (at most 64). Adding a leaf merges equal sizes, as a binary
     * counter carries; the root folds them from the right.
     */
    public static final class Accumulator {

        private final List<byte[]> roots = new ArrayList<>();
        private final List<Long> sizes = new ArrayList<>();
        private long size;

        public void add(byte[] leaf) {
            byte[] carry = leaf;
            long carrySize = 1;
            while (!sizes.isEmpty() && sizes.get(sizes.size() - 1) == carrySize) {
                carry = node(roots.remove(roots.size() - 1), carry);
                carrySize += sizes.remove(sizes.size() - 1);
            }
            roots.add(carry);
            sizes.add(carrySize);
            size++;
        }

        public long size() {
            return size;
        }

        /** The RFC 9162 root of the leaves added so far; null for none. */
        public byte[] root() {
            if (roots.isEmpty()) {
                return null;
            }
            byte[] root = roots.get(roots.size() - 1);
            for (int i = roots.size() - 2; i >= 0; i--) {
                root = node(roots.get(i), root);
            }
            return root;
        }

        /** "size;hex,hex,…": what a later checkpoint resumes from. */
        public String frontier() {
            List<String> hex = roots.stream().map(HEX::formatHex).toList();
            return size + ";" + String.join(",", hex);
        }

        public static Accumulator resume(String frontier) {
            Accumulator accumulator = new Accumulator();
            String[] parts = frontier.split(";", -1);
            accumulator.size = Long.parseLong(parts[0]);
            long remaining = accumulator.size;
            if (!parts[1].isEmpty()) {
                for (String hex : parts[1].split(",")) {
                    long subtree = Long.highestOneBit(remaining);
                    accumulator.roots.add(HEX.parseHex(hex));
                    accumulator.sizes.add(subtree);
                    remaining -= subtree;
                }
            }
            if (remaining != 0) {
                throw new IllegalStateException("a checkpoint's frontier does not fit its size");
            }
            return accumulator;
        }
    }

    static boolean same(byte[] a, byte[] b) {
        return a != null && b != null && Arrays.equals(a, b);
    }
}
