package io.portcullis.audit.chain;

import io.portcullis.audit.crypto.HashAlgorithm;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle tree of an ever-growing log in O(log n) memory: the roots of the perfect subtrees that
 * make up the first {@code size} leaves, largest first (one per set bit of {@code size}). Appending merges
 * equal-sized subtrees like a binary counter; the RFC 6962 root folds them right to left. This is what lets
 * the writer sign checkpoints without keeping every record hash, and what the verifier streams through.
 */
public final class CompactRange {
    private final HashAlgorithm alg;
    private final List<byte[]> subtrees = new ArrayList<>();
    private long size;

    public CompactRange(HashAlgorithm alg) {
        this.alg = alg;
    }

    public long size() {
        return size;
    }

    /** Appends one record hash (not yet leaf-hashed). */
    public void append(byte[] recordHash) {
        byte[] h = Merkle.leafHash(alg, recordHash);
        long s = size;
        while ((s & 1) == 1) {
            h = Merkle.nodeHash(alg, subtrees.removeLast(), h);
            s >>= 1;
        }
        subtrees.add(h);
        size++;
    }

    public byte[] root() {
        if (subtrees.isEmpty()) {
            return alg.digest();
        }
        byte[] r = subtrees.getLast();
        for (int i = subtrees.size() - 2; i >= 0; i--) {
            r = Merkle.nodeHash(alg, subtrees.get(i), r);
        }
        return r;
    }

    public CompactRange copy() {
        CompactRange c = new CompactRange(alg);
        c.subtrees.addAll(subtrees);
        c.size = size;
        return c;
    }

    /** Hex subtree roots, to persist beside a checkpoint so a restart need not re-read every record. */
    public List<String> export() {
        return subtrees.stream().map(HexFormat.of()::formatHex).toList();
    }

    public static CompactRange restore(HashAlgorithm alg, long size, List<String> hexSubtrees) {
        if (Long.bitCount(size) != hexSubtrees.size()) {
            throw new IllegalArgumentException("a range of size " + size + " has " + Long.bitCount(size) + " subtrees");
        }
        CompactRange r = new CompactRange(alg);
        hexSubtrees.forEach(h -> r.subtrees.add(HexFormat.of().parseHex(h)));
        r.size = size;
        return r;
    }
}
