package io.portcullis.audit.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.audit.Trail;
import io.portcullis.audit.chain.RecordSealer;
import io.portcullis.audit.crypto.AuditPublicKey;
import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.crypto.PemKeys;
import io.portcullis.audit.crypto.SigningSuite;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.verify.AuditVerifier;
import io.portcullis.audit.verify.FailureReason;
import io.portcullis.audit.verify.VerificationResult;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each form of tampering an intruder with write access to the store could try, and what verify says. */
class TamperDetectionTest {
    private static final String I = "filter-1";

    @TempDir
    Path dir;

    private Trail trail(SigningSuite suite) throws Exception {
        return trail(suite, false);
    }

    private Trail trail(SigningSuite suite, boolean recordSignatures) throws Exception {
        Trail t = new Trail(dir, suite, 40, recordSignatures);
        t.write(0, 160);
        t.closeLog();
        VerificationResult before = verify(t, t.keys);
        assertTrue(before.intact(), before.summary());
        return t;
    }

    private static VerificationResult verify(Trail t, KeyRing keys) throws Exception {
        return AuditVerifier.verify(t.store, keys, I, null, null);
    }

    private static AuditRecord record(Trail t, long seq) throws Exception {
        return t.store.scan(I, seq, 1).getFirst();
    }

    private static void replace(Trail t, AuditRecord original, AuditRecord altered) throws Exception {
        t.store.tamper(new Term(RecordCodec.HASH, original.hash()), LuceneAuditStore.document(altered));
    }

    private static void assertFailure(VerificationResult v, long seq, FailureReason reason) {
        assertFalse(v.intact(), "tampering went unnoticed");
        assertEquals(reason, v.failure().reason(), v.summary());
        assertEquals(seq, v.failure().seq(), v.summary());
    }

    @Test
    void editedFieldIsModified() throws Exception {
        try (Trail t = trail(SigningSuite.ED25519)) {
            AuditRecord r = record(t, 70);
            replace(t, r, r.toBuilder().destinationRegion("CN").build());
            assertFailure(verify(t, t.keys), 70, FailureReason.MODIFIED);
        }
    }

    @Test
    void aStoredLineRewrittenWithTheSameContentIsJudgedByTheReferenceReading() throws Exception {
        // the verifier hashes a stored line as it is only when that settles it; members in another order
        // with spaces (as another JSON writer would store them) still verify, via re-canonicalisation
        try (Trail t = trail(SigningSuite.ED25519)) {
            AuditRecord r = record(t, 70);
            Document d = LuceneAuditStore.document(r);
            d.removeField(LuceneAuditStore.JSON);
            d.add(new StoredField(LuceneAuditStore.JSON,
                    RecordCodec.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(RecordCodec.toTree(r))));
            t.store.tamper(new Term(RecordCodec.HASH, r.hash()), d);
            assertTrue(verify(t, t.keys).intact(), verify(t, t.keys).summary());
            AuditRecord edited = r.toBuilder().tenant("someone-else").build();
            d = LuceneAuditStore.document(edited);
            d.removeField(LuceneAuditStore.JSON);
            d.add(new StoredField(LuceneAuditStore.JSON,
                    RecordCodec.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(RecordCodec.toTree(edited))));
            t.store.tamper(new Term(RecordCodec.HASH, r.hash()), d);
            assertFailure(verify(t, t.keys), 70, FailureReason.MODIFIED);
        }
    }

    @Test
    void deletedRecordIsMissing() throws Exception {
        try (Trail t = trail(SigningSuite.ED25519)) {
            t.store.tamper(new Term(RecordCodec.HASH, record(t, 90).hash()), null);
            assertFailure(verify(t, t.keys), 90, FailureReason.MISSING);
        }
    }

    @Test
    void deletedTailIsMissingBecauseACheckpointCoversIt() throws Exception {
        try (Trail t = trail(SigningSuite.SM2)) {
            t.store.tamper(new Term(RecordCodec.HASH, record(t, 160).hash()), null);
            assertFailure(verify(t, t.keys), 160, FailureReason.MISSING);
        }
    }

    @Test
    void swappedRecordsAreReordered() throws Exception {
        try (Trail t = trail(SigningSuite.ED25519)) {
            AuditRecord a = record(t, 100);
            AuditRecord b = record(t, 101);
            // each keeps its own (intact) JSON but is filed under the other's position
            t.store.tamper(new Term(RecordCodec.HASH, a.hash()), filedAt(a, 101));
            t.store.tamper(new Term(RecordCodec.HASH, b.hash()), filedAt(b, 100));
            assertFailure(verify(t, t.keys), 100, FailureReason.REORDERED);
        }
    }

    private static Document filedAt(AuditRecord r, long seq) {
        Document d = LuceneAuditStore.document(r.toBuilder().seq(seq).build());
        d.removeField(LuceneAuditStore.JSON);
        d.add(new StoredField(LuceneAuditStore.JSON, RecordCodec.toCanonicalJson(r)));
        return d;
    }

    @Test
    void replacedSignatureIsBad() throws Exception {
        try (Trail t = trail(SigningSuite.ED25519, true)) {
            AuditRecord r = record(t, 120);
            replace(t, r, r.toBuilder().signature(record(t, 121).signature()).build());
            assertFailure(verify(t, t.keys), 120, FailureReason.BAD_SIGNATURE);
        }
    }

    @Test
    void keyOutsideTheRingIsUnknown() throws Exception {
        try (Trail t = trail(SigningSuite.ED25519)) {
            KeyRing stranger = KeyRing.of(AuditPublicKey.of(PemKeys.generate(SigningSuite.ED25519).getPublic()));
            assertFailure(verify(t, stranger), 1, FailureReason.UNKNOWN_KEY);
        }
    }

    @Test
    void rewrittenChainWithRecomputedHashesIsCaughtByTheSignedCheckpoint() throws Exception {
        // records without per-record signatures (the default): an intruder who edits one and re-hashes everything
        // after it keeps the chain consistent, but not the Merkle root the checkpoint signed.
        try (Trail t = trail(SigningSuite.SM2)) {
            List<AuditRecord> tail = t.store.scan(I, 50, 1000);
            String prev = record(t, 49).hash();
            for (AuditRecord r : tail) {
                AuditRecord edited = r.toBuilder().prevHash(prev).hash(null)
                        .tenant(r.seq() == 50 ? "nobody" : r.tenant()).build();
                AuditRecord rehashed = edited.toBuilder()
                        .hash(RecordSealer.hash(SigningSuite.SM2.hash(), edited)).build();
                replace(t, r, rehashed);
                prev = rehashed.hash();
            }
            VerificationResult v = verify(t, t.keys);
            assertFalse(v.intact());
            assertEquals(FailureReason.MODIFIED, v.failure().reason(), v.summary());
            assertTrue(v.failure().seq() <= 50, v.summary());
        }
    }
}
