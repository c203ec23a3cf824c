package io.portcullis.audit.chain;

import io.portcullis.audit.crypto.HashAlgorithm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 6962 / RFC 9162 Merkle tree hashing over record hashes: leaf = H(0x00 || record hash bytes),
 * node = H(0x01 || left || right), the split point being the largest power of two below n.
 */
public final class Merkle {
    private static final byte[] LEAF = {0x00};
    private static final byte[] NODE = {0x01};

    private Merkle() {
    }

    public static byte[] leafHash(HashAlgorithm alg, byte[] recordHash) {
        return alg.digest(LEAF, recordHash);
    }

    public static byte[] nodeHash(HashAlgorithm alg, byte[] left, byte[] right) {
        return alg.digest(NODE, left, right);
    }

    /** MTH over already leaf-hashed entries [from, to). */
    public static byte[] root(HashAlgorithm alg, List<byte[]> leafHashes, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return alg.digest();
        }
        if (n == 1) {
            return leafHashes.get(from);
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(alg, root(alg, leafHashes, from, from + k), root(alg, leafHashes, from + k, to));
    }

    /** RFC 9162 section 2.1.3.1: the audit path of leaf {@code index} in the tree of the first {@code size}. */
    public static List<byte[]> inclusionProof(HashAlgorithm alg, List<byte[]> leafHashes, int index, int size) {
        if (index < 0 || index >= size || size > leafHashes.size()) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + size);
        }
        List<byte[]> path = new ArrayList<>();
        collectPath(alg, leafHashes, index, 0, size, path);
        return path;
    }

    private static void collectPath(HashAlgorithm alg, List<byte[]> leaves, int m, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n <= 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            collectPath(alg, leaves, m, from, from + k, out);
            out.add(root(alg, leaves, from + k, to));
        } else {
            collectPath(alg, leaves, m - k, from + k, to, out);
            out.add(root(alg, leaves, from, from + k));
        }
    }

    /** RFC 9162 section 2.1.3.2: does {@code proof} take leaf {@code index}'s hash to {@code root}? */
    public static boolean verifyInclusion(HashAlgorithm alg, byte[] leafHash, long index, long size,
            List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(alg, p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(alg, r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }
}
