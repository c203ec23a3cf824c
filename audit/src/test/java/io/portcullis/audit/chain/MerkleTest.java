package io.portcullis.audit.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.audit.crypto.HashAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTest {

    @Test
    void emptyTreeAndSingleLeafFollowRfc6962() {
        // RFC 6962 test vector: MTH of the empty tree is SHA-256 of nothing
        assertArrayEquals(HexFormat.of().parseHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                new CompactRange(HashAlgorithm.SHA256).root());
        // the well-known CT vector: leaf hash of the empty leaf
        assertArrayEquals(HexFormat.of().parseHex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
                Merkle.leafHash(HashAlgorithm.SHA256, new byte[0]));
    }

    private static List<byte[]> recordHashes(HashAlgorithm alg, int n) {
        List<byte[]> out = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            out.add(alg.digest(("record " + k).getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    void compactRangeRootEqualsRecursiveRootAndEveryInclusionProofVerifies() {
        for (HashAlgorithm alg : HashAlgorithm.values()) {
            List<byte[]> leaves = new ArrayList<>();
            CompactRange range = new CompactRange(alg);
            for (int n = 1; n <= 33; n++) {
                byte[] recordHash = alg.digest(("record " + n).getBytes(StandardCharsets.UTF_8));
                leaves.add(Merkle.leafHash(alg, recordHash));
                range.append(recordHash);
                byte[] root = Merkle.root(alg, leaves, 0, n);
                assertArrayEquals(root, range.root(), "size " + n);
                MerkleTree tree = new MerkleTree(alg, recordHashes(alg, n));
                assertArrayEquals(root, tree.root(), "levels, size " + n);
                assertArrayEquals(root, CompactRange.restore(alg, n, range.export()).root());
                for (int i = 0; i < n; i++) {
                    List<byte[]> proof = Merkle.inclusionProof(alg, leaves, i, n);
                    List<byte[]> fromLevels = tree.inclusionProof(i);
                    assertEquals(proof.size(), fromLevels.size());
                    for (int p = 0; p < proof.size(); p++) {
                        assertArrayEquals(proof.get(p), fromLevels.get(p), "proof " + i + " in " + n);
                    }
                    assertTrue(Merkle.verifyInclusion(alg, leaves.get(i), i, n, proof, root), i + " in " + n);
                    if (n > 1) {
                        assertFalse(Merkle.verifyInclusion(alg, leaves.get((i + 1) % n), i, n, proof, root));
                    }
                }
            }
        }
    }
}
