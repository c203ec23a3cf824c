package io.portcullis.audit.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.audit.AuditLog;
import io.portcullis.audit.AuditLogConfig;
import io.portcullis.audit.Drafts;
import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.crypto.SigningSuite;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.store.IndexFields;
import io.portcullis.audit.verify.AuditVerifier;
import io.portcullis.audit.verify.FailureReason;
import io.portcullis.audit.verify.VerificationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole write path into the real Elasticsearch — audit log, spool, shipper, this store — then someone
 * with write access to the cluster tampers with the trail, and the verifier, reading back through this
 * store, names the record. Each test restores what it broke and checks the trail verifies again, so the
 * failure is caused by the tampering and nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElasticsearchVerificationTest {
    private static final String INSTANCE = "filter-es";
    private static final int RECORDS = 400;

    @TempDir
    static Path dir;
    private ElasticsearchAuditStore store;
    private KeyRing keys;
    private List<AuditRecord> sealed;

    @BeforeAll
    void writeThroughTheAuditLog() throws Exception {
        store = LocalElasticsearch.open(LocalElasticsearch.freshSettings());
        AuditLogConfig config = AuditLogConfig.defaults(dir.resolve("spool"), INSTANCE, dir.resolve("keys/audit.pem"),
                SigningSuite.ED25519).withCheckpoints(100, Duration.ofMillis(200))
                .withRecordSignatures(true); // so a replaced per-record signature can be tested
        keys = KeyRing.forWriter(config.keyFile(), SigningSuite.ED25519);
        List<CompletableFuture<AuditRecord>> futures = new ArrayList<>();
        try (AuditLog log = AuditLog.open(config, keys, store)) {
            for (int i = 0; i < RECORDS; i++) {
                futures.add(log.append(Drafts.draft(i)));
            }
            sealed = new ArrayList<>();
            for (CompletableFuture<AuditRecord> f : futures) {
                sealed.add(f.get());
            }
        } // close drains the shipper into Elasticsearch
        store.refresh();
    }

    @AfterAll
    void drop() throws IOException {
        LocalElasticsearch.dropAndClose(store);
    }

    @AfterEach
    void trailIsIntactAgainOnceRestored() throws IOException {
        store.refresh();
        VerificationResult v = verify();
        assertTrue(v.intact(), v.summary());
    }

    @Test
    void theShippedTrailIsCompleteAndVerifies() throws IOException {
        assertEquals(sealed, store.scan(INSTANCE, 1, 10_000));
        assertFalse(store.checkpoints(INSTANCE, 0, 100).isEmpty(), "checkpoints were shipped");
        VerificationResult v = verify();
        assertEquals(RECORDS, v.recordsChecked());
        assertEquals(0, v.uncoveredRecords());
    }

    @Test
    void aFieldEditedInElasticsearchIsNamed() throws IOException {
        AuditRecord victim = sealed.get(122);
        ObjectNode edited = IndexFields.document(victim);
        // Hide where the data went: claim another destination region than the one recorded.
        edited.put(RecordCodec.DESTINATION_REGION, "EU".equals(victim.destinationRegion()) ? "US" : "EU");
        assertNamedThenRestore(victim, edited, FailureReason.MODIFIED);
    }

    @Test
    void aDeletedDocumentIsNamed() throws IOException {
        AuditRecord victim = sealed.get(250);
        try {
            client().delete(d -> d.index(store.settings().index()).id(victim.hash()));
            // A delete is only visible to searches after a refresh, like the overwrites below.
            store.refresh();
            assertFailure(victim.seq(), FailureReason.MISSING);
        } finally {
            overwrite(victim.hash(), IndexFields.document(victim));
        }
    }

    @Test
    void twoSwappedRecordsAreNamed() throws IOException {
        // Each document now claims the other's place in the chain (seq, id, prev_hash).
        AuditRecord a = sealed.get(40);
        AuditRecord b = sealed.get(41);
        ObjectNode aInB = IndexFields.document(a.toBuilder().seq(b.seq()).id(b.id()).prevHash(b.prevHash()).build());
        ObjectNode bInA = IndexFields.document(b.toBuilder().seq(a.seq()).id(a.id()).prevHash(a.prevHash()).build());
        aInB.put(RecordCodec.HASH, a.hash());
        bInA.put(RecordCodec.HASH, b.hash());
        try {
            overwrite(a.hash(), aInB);
            overwrite(b.hash(), bInA);
            VerificationResult v = verify();
            assertFalse(v.intact());
            assertEquals(a.seq(), v.failure().seq(), v.summary());
        } finally {
            overwrite(a.hash(), IndexFields.document(a));
            overwrite(b.hash(), IndexFields.document(b));
        }
    }

    @Test
    void aReplacedSignatureIsNamed() throws IOException {
        AuditRecord victim = sealed.get(301);
        ObjectNode forged = IndexFields.document(victim);
        forged.put(RecordCodec.SIGNATURE, sealed.get(302).signature()); // a valid signature, of another record
        assertNamedThenRestore(victim, forged, FailureReason.BAD_SIGNATURE);
    }

    /** Replaces the victim's document with the tampered one, expects the verifier to name it, puts it back. */
    private void assertNamedThenRestore(AuditRecord victim, ObjectNode tampered, FailureReason reason)
            throws IOException {
        try {
            overwrite(victim.hash(), tampered);
            assertFailure(victim.seq(), reason);
        } finally {
            overwrite(victim.hash(), IndexFields.document(victim));
        }
    }

    private void assertFailure(long seq, FailureReason reason) throws IOException {
        VerificationResult v = verify();
        assertFalse(v.intact(), "tampering went unnoticed");
        assertEquals(seq, v.failure().seq(), v.summary());
        assertEquals(reason, v.failure().reason(), v.summary());
    }

    private VerificationResult verify() throws IOException {
        return AuditVerifier.verify(store, keys, INSTANCE, null, null);
    }

    /** What an insider with write access to the cluster can do: replace a document outright. */
    private void overwrite(String id, ObjectNode doc) throws IOException {
        client().index(i -> i.index(store.settings().index()).id(id).document(doc));
        store.refresh();
    }

    private ElasticsearchClient client() {
        return store.client();
    }
}
