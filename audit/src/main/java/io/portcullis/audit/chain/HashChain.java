package io.portcullis.audit.chain;

import io.portcullis.audit.crypto.HashAlgorithm;
import io.portcullis.audit.crypto.SigningKey;
import io.portcullis.audit.json.RecordCodec;
import java.nio.charset.StandardCharsets;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.SignedCheckpoint;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The chain of one instance: next seq, head hash and the Merkle range over every record so far.
 * Single-threaded by design (the spool writer owns it); {@link #mark()} / {@link #rollback} undo a batch
 * whose write did not become durable, so the chain never runs ahead of the disk.
 */
public final class HashChain {
    /** Largest canonical record accepted (the spool reader handles lines up to 1 MiB). */
    public static final int MAX_RECORD_BYTES = 64 * 1024;

    private final String instance;
    private final SigningKey key;
    private final HashAlgorithm alg;
    private long lastSeq;
    private String head;
    private CompactRange range;

    public record Mark(long lastSeq, String head, CompactRange range) {
    }

    public HashChain(String instance, SigningKey key, long lastSeq, String head, CompactRange range) {
        if (range.size() != lastSeq) {
            throw new IllegalArgumentException("Merkle range size " + range.size() + " != last seq " + lastSeq);
        }
        this.instance = instance;
        this.key = key;
        this.alg = key.suite().hash();
        this.lastSeq = lastSeq;
        this.head = head;
        this.range = range;
    }

    public static HashChain empty(String instance, SigningKey key) {
        return new HashChain(instance, key, 0, RecordSealer.GENESIS, new CompactRange(key.suite().hash()));
    }

    /** A record placed in the chain, with its raw hash; unsigned until {@link #seal}. */
    public record Linked(AuditRecord record, byte[] hash, String hashedJson) {
    }

    /**
     * Gives the draft its place in the chain: id, instance, seq, prev_hash, key_id, hash. Signing is left to
     * {@link #seal}, so a batch's signatures can be computed in parallel: the chain order only depends on
     * hashes, never on signatures.
     */
    public Linked link(AuditRecord draft) {
        long seq = lastSeq + 1;
        AuditRecord linked = draft.toBuilder().id(instance + ":" + seq).instance(instance).seq(seq).prevHash(head)
                .keyId(key.keyId()).hash(null).signature(null).build();
        String hashedJson = RecordCodec.hashedCanonical(linked);
        byte[] body = hashedJson.getBytes(StandardCharsets.UTF_8);
        if (body.length > MAX_RECORD_BYTES) {
            // the proxy keeps findings and reason lists bounded; a runaway record fails alone
            throw new IllegalArgumentException("audit record of " + body.length + " bytes exceeds " + MAX_RECORD_BYTES);
        }
        byte[] hash = alg.digest(body);
        String hex = HexFormat.of().formatHex(hash);
        range.append(hash);
        lastSeq = seq;
        head = hex;
        return new Linked(linked.toBuilder().hash(hex).build(), hash, hashedJson);
    }

    /** The sealed record and its spool line (canonical JSON), built from the hashed JSON already made. */
    public record Sealed(AuditRecord record, String line) {
    }

    /**
     * The record, with its own signature over its hash when {@code withSignature} (per-record signatures,
     * see {@link io.portcullis.audit.AuditLogConfig#recordSignatures}), and its spool line. Thread-safe.
     */
    public Sealed seal(Linked l, boolean withSignature) {
        AuditRecord r = withSignature ? l.record().toBuilder().signature(RecordSealer.sign(key, l.hash())).build()
                : l.record();
        return new Sealed(r, RecordCodec.spliceHashAndSignature(l.hashedJson(), r.hash(), r.signature()));
    }

    public SignedCheckpoint checkpoint(Instant now) {
        return snapshot().sign(now);
    }

    /**
     * The tree as it is now, to be signed later on another thread (the writer keeps chaining meanwhile):
     * size, root and head are taken here, so the checkpoint covers exactly these records.
     */
    public Snapshot snapshot() {
        return new Snapshot(lastSeq, range.root(), head, range.copy());
    }

    /** A frozen tree state: what a checkpoint signs, and the Merkle range persisted beside it. */
    public final class Snapshot {
        private final long treeSize;
        private final byte[] root;
        private final String headHash;
        private final CompactRange range;

        private Snapshot(long treeSize, byte[] root, String headHash, CompactRange range) {
            this.treeSize = treeSize;
            this.root = root;
            this.headHash = headHash;
            this.range = range;
        }

        public long treeSize() {
            return treeSize;
        }

        public CompactRange range() {
            return range;
        }

        /** Signs with the chain's key; thread-safe. */
        public SignedCheckpoint sign(Instant now) {
            return CheckpointNote.sign(instance, treeSize, root, headHash, now, key);
        }
    }

    public Mark mark() {
        return new Mark(lastSeq, head, range.copy());
    }

    public void rollback(Mark m) {
        lastSeq = m.lastSeq();
        head = m.head();
        range = m.range().copy();
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String head() {
        return head;
    }

    public CompactRange range() {
        return range;
    }

    public String instance() {
        return instance;
    }
}
