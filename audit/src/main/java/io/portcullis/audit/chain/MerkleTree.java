package io.portcullis.audit.chain;

import io.portcullis.audit.crypto.HashAlgorithm;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole RFC 6962 tree in memory, level by level, for answering many inclusion proofs at once (export).
 * Built bottom-up, pairing neighbours and carrying an odd last node up unchanged — which yields exactly the
 * RFC 6962 MTH and audit paths ({@link Merkle} computes the same recursively; tests hold them equal).
 */
public final class MerkleTree {
    private final HashAlgorithm alg;
    private final List<List<byte[]>> levels = new ArrayList<>();

    public MerkleTree(HashAlgorithm alg, List<byte[]> recordHashes) {
        this.alg = alg;
        List<byte[]> level = new ArrayList<>(recordHashes.size());
        for (byte[] h : recordHashes) {
            level.add(Merkle.leafHash(alg, h));
        }
        levels.add(level);
        while (level.size() > 1) {
            List<byte[]> up = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i + 1 < level.size(); i += 2) {
                up.add(Merkle.nodeHash(alg, level.get(i), level.get(i + 1)));
            }
            if (level.size() % 2 == 1) {
                up.add(level.getLast());
            }
            levels.add(up);
            level = up;
        }
    }

    public int size() {
        return levels.getFirst().size();
    }

    public byte[] root() {
        return size() == 0 ? alg.digest() : levels.getLast().getFirst();
    }

    public byte[] leafHash(int index) {
        return levels.getFirst().get(index);
    }

    /** Audit path of leaf {@code index} (0-based), bottom up. */
    public List<byte[]> inclusionProof(int index) {
        List<byte[]> path = new ArrayList<>();
        int i = index;
        for (int l = 0; l < levels.size() - 1; l++) {
            List<byte[]> level = levels.get(l);
            int sibling = i ^ 1;
            if (sibling < level.size()) {
                path.add(level.get(sibling));
            }
            i >>= 1;
        }
        return path;
    }
}
