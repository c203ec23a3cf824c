package io.portcullis.audit.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed checkpoint over the first {@code treeSize} records of one instance: RFC 6962 Merkle root of
 * their record hashes and the chain head (hash of record {@code seq == treeSize}). {@code note} is the
 * complete C2SP signed note (checkpoint body, blank line, signature lines) — the only part that is
 * signed; the other fields repeat what the note says so stores can index them.
 */
public record SignedCheckpoint(String instance, long treeSize, String rootHash, String headHash, Instant time,
        String keyId, String note) {
    public SignedCheckpoint {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(rootHash, "rootHash");
        Objects.requireNonNull(note, "note");
        if (treeSize < 0) {
            throw new IllegalArgumentException("treeSize must be >= 0");
        }
    }

    /** Stores key checkpoints by this id, so re-shipping one never duplicates it. */
    public String id() {
        return instance + ":" + treeSize;
    }
}
