package io.portcullis.audit.verify;

import io.portcullis.audit.chain.CheckpointNote;
import io.portcullis.audit.chain.CompactRange;
import io.portcullis.audit.chain.RecordSealer;
import io.portcullis.audit.crypto.AuditPublicKey;
import io.portcullis.audit.crypto.HashAlgorithm;
import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.model.SignedCheckpoint;
import io.portcullis.audit.store.AuditStore;
import io.portcullis.audit.verify.VerificationResult.Failure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Re-checks an instance's trail from its first record, trusting nothing the store says: every hash is
 * recomputed from the record's canonical JSON (the stored line itself when it is that, see
 * {@link CheckedRecord}), seq must run 1, 2, 3 ... with each prev_hash naming the previous
 * record's hash, per-record signatures (where records carry one) must verify, and every checkpoint's signed note
 * must verify and match the Merkle root and chain head recomputed over the records it covers.
 *
 * <p>The whole chain is always walked (a checkpoint covers everything before it); {@code from}/{@code to}
 * only limit which records' own signatures are checked, the expensive part. Signature checks of a page run
 * in parallel; the failure reported is still the first by seq.
 */
public final class AuditVerifier {
    private static final int PAGE = 1_000;

    private final KeyRing keys;
    private final Instant from;
    private final Instant to;

    private AuditVerifier(KeyRing keys, Instant from, Instant to) {
        this.keys = keys;
        this.from = from;
        this.to = to;
    }

    /** Verifies one instance; {@code from}/{@code to} may be null. */
    public static VerificationResult verify(AuditStore store, KeyRing keys, String instance, Instant from, Instant to)
            throws IOException {
        return new AuditVerifier(keys, from, to).run(store, instance);
    }

    /** Verifies every instance the store holds; the list is in instance order. */
    public static List<VerificationResult> verifyAll(AuditStore store, KeyRing keys, Instant from, Instant to)
            throws IOException {
        List<VerificationResult> out = new ArrayList<>();
        for (String instance : store.instances()) {
            out.add(verify(store, keys, instance, from, to));
        }
        return out;
    }

    private record SignatureCheck(CheckedRecord record, AuditPublicKey key, byte[] hash) {
    }

    private VerificationResult run(AuditStore store, String instance) throws IOException {
        List<SignedCheckpoint> checkpoints = allCheckpoints(store, instance);
        int cpIdx = 0;
        long expected = 1;
        String head = RecordSealer.GENESIS;
        CompactRange range = null;
        HashAlgorithm alg = null;
        long checked = 0;
        long cpChecked = 0;
        long lastCheckpointed = 0;
        long unsignedSinceCheckpoint = 0;
        Prefetch next = Prefetch.start(store, instance, expected);
        while (true) {
            List<String> lines = next.get(expected);
            if (lines.isEmpty()) {
                break;
            }
            // reading and hashing are per record and independent: do them on every core, then walk the
            // chain in order
            List<CheckedRecord> page = lines.parallelStream().map(j -> CheckedRecord.check(j, keys)).toList();
            // an intact chain continues right after this page: load that page while this one is walked,
            // so the cores are not idle during the in-order walk below (a wrong guess is re-read)
            next = Prefetch.start(store, instance, page.getLast().seq() + 1);
            List<SignatureCheck> sigChecks = new ArrayList<>();
            Failure structural = null;
            for (int i = 0; i < page.size() && structural == null; i++) {
                CheckedRecord r = page.get(i);
                if (r.seq() != expected) {
                    structural = seqFailure(page, i, expected);
                    break;
                }
                Optional<AuditPublicKey> key = keys.find(r.keyId());
                if (key.isEmpty()) {
                    structural = fail(r, FailureReason.UNKNOWN_KEY, "key_id " + r.keyId() + " is not in the key ring");
                    break;
                }
                if (alg == null) {
                    alg = key.get().suite().hash();
                    range = new CompactRange(alg);
                }
                if (key.get().suite().hash() != alg) {
                    structural = fail(r, FailureReason.MODIFIED, "hash suite changed inside the chain");
                    break;
                }
                byte[] hash = r.computedHash();
                if (!r.matches()) {
                    structural = fail(r, FailureReason.MODIFIED, "content does not hash to " + r.hash());
                    break;
                }
                if (!head.equals(r.prevHash())) {
                    structural = fail(r, FailureReason.REORDERED,
                            "prev_hash does not name the hash of seq " + (r.seq() - 1));
                    break;
                }
                // a record's own signature is optional (AuditLogConfig.recordSignatures): when present it
                // must verify; without it the record counts once a signed checkpoint covers it
                if (r.signature() == null) {
                    unsignedSinceCheckpoint++;
                } else if (inRange(r)) {
                    sigChecks.add(new SignatureCheck(r, key.get(), hash));
                }
                range.append(hash);
                head = r.hash();
                expected++;
                checked++;
                while (cpIdx < checkpoints.size() && checkpoints.get(cpIdx).treeSize() <= r.seq()) {
                    SignedCheckpoint cp = checkpoints.get(cpIdx++);
                    if (cp.treeSize() < r.seq()) {
                        continue; // a second checkpoint of an already checked size is checked by its twin
                    }
                    structural = checkCheckpoint(cp, range, head, r, instance, lastCheckpointed);
                    if (structural != null) {
                        break;
                    }
                    cpChecked++;
                    lastCheckpointed = cp.treeSize();
                    unsignedSinceCheckpoint = 0;
                }
            }
            Failure sigFailure = firstBadSignature(sigChecks);
            if (sigFailure != null) {
                return result(instance, checked, cpChecked, expected - 1, 0, sigFailure);
            }
            if (structural != null) {
                return result(instance, checked, cpChecked, expected - 1, 0, structural);
            }
        }
        if (cpIdx < checkpoints.size()) {
            SignedCheckpoint cp = checkpoints.getLast();
            return result(instance, checked, cpChecked, expected - 1, 0, new Failure(expected,
                    instance + ":" + expected, FailureReason.MISSING,
                    "a signed checkpoint covers " + cp.treeSize() + " records but the chain ends at " + (expected - 1)));
        }
        return result(instance, checked, cpChecked, expected - 1, unsignedSinceCheckpoint, null);
    }

    /** The page of records from {@code fromSeq}, being read in the background. */
    private record Prefetch(AuditStore store, String instance, long fromSeq, CompletableFuture<List<String>> page) {
        static Prefetch start(AuditStore store, String instance, long fromSeq) {
            return new Prefetch(store, instance, fromSeq, CompletableFuture.supplyAsync(() -> {
                try {
                    return store.scanJson(instance, fromSeq, PAGE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }

        /** The page from {@code seq}: the prefetched one when it was started there, else read now. */
        List<String> get(long seq) throws IOException {
            if (seq != fromSeq) {
                page.cancel(false);
                return store.scanJson(instance, seq, PAGE);
            }
            try {
                return page.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw e;
            }
        }
    }

    private boolean inRange(CheckedRecord r) {
        return (from == null || !r.instant().isBefore(from)) && (to == null || r.instant().isBefore(to));
    }

    private Failure checkCheckpoint(SignedCheckpoint cp, CompactRange range, String head, CheckedRecord at,
            String instance, long previousSize) {
        CheckpointNote.Parsed note;
        try {
            note = CheckpointNote.parse(cp.note());
        } catch (RuntimeException e) {
            return fail(at, FailureReason.MODIFIED, "checkpoint at tree size " + cp.treeSize() + " is malformed");
        }
        Optional<String> sig = CheckpointNote.verify(note, keys);
        if (sig.isPresent()) {
            FailureReason reason = sig.get().startsWith("unknown key") ? FailureReason.UNKNOWN_KEY
                    : FailureReason.BAD_SIGNATURE;
            return fail(at, reason, "checkpoint at tree size " + cp.treeSize() + ": " + sig.get());
        }
        if (note.treeSize() != cp.treeSize() || !note.instance().equals(instance)) {
            return fail(at, FailureReason.MODIFIED, "checkpoint index fields disagree with its signed note");
        }
        if (!Arrays.equals(note.root(), range.root()) || !head.equals(note.head())) {
            return new Failure(previousSize + 1, instance + ":" + (previousSize + 1), FailureReason.MODIFIED,
                    "records " + (previousSize + 1) + ".." + cp.treeSize() + " do not match the signed checkpoint "
                            + "(root " + Base64.getEncoder().encodeToString(note.root()) + ")");
        }
        return null;
    }

    private static Failure seqFailure(List<CheckedRecord> page, int i, long expected) {
        CheckedRecord r = page.get(i);
        for (int j = i + 1; j < page.size(); j++) {
            if (page.get(j).seq() == expected) {
                return new Failure(expected, page.get(j).id(), FailureReason.REORDERED,
                        "seq " + expected + " comes after seq " + r.seq());
            }
        }
        if (r.seq() < expected) {
            return fail(r, FailureReason.REORDERED, "seq " + r.seq() + " appears again after seq " + (expected - 1));
        }
        return new Failure(expected, r.instance() + ":" + expected, FailureReason.MISSING,
                "chain jumps from seq " + (expected - 1) + " to " + r.seq());
    }

    private static Failure firstBadSignature(List<SignatureCheck> checks) {
        return checks.parallelStream()
                .filter(c -> !c.key().verify(c.hash(), decode(c.record().signature())))
                .map(c -> fail(c.record(), FailureReason.BAD_SIGNATURE, "signature does not verify with key "
                        + c.key().keyId()))
                .min((a, b) -> Long.compare(a.seq(), b.seq()))
                .orElse(null);
    }

    private static byte[] decode(String b64) {
        try {
            return Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static Failure fail(CheckedRecord r, FailureReason reason, String detail) {
        return new Failure(r.seq(), r.id(), reason, detail);
    }

    private static VerificationResult result(String instance, long checked, long cps, long lastSeq, long uncovered,
            Failure failure) {
        return new VerificationResult(instance, failure == null, checked, cps, lastSeq, uncovered, failure);
    }

    private static List<SignedCheckpoint> allCheckpoints(AuditStore store, String instance) throws IOException {
        List<SignedCheckpoint> out = new ArrayList<>();
        long next = 0;
        while (true) {
            List<SignedCheckpoint> page = store.checkpoints(instance, next, PAGE);
            out.addAll(page);
            if (page.size() < PAGE) {
                return out;
            }
            next = page.getLast().treeSize() + 1;
        }
    }
}
