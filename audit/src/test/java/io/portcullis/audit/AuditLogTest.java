package io.portcullis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.crypto.SigningSuite;
import io.portcullis.audit.store.lucene.LuceneAuditStore;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.SignedCheckpoint;
import io.portcullis.audit.store.AuditAggregations;
import io.portcullis.audit.store.AuditQuery;
import io.portcullis.audit.store.SearchPage;
import io.portcullis.audit.verify.AuditVerifier;
import io.portcullis.audit.verify.VerificationResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AuditLogTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"ED25519,false", "ED25519,true", "SM2,false", "SM2,true"})
    void sealedRecordsShipOnceAndVerifyWithEitherSuite(SigningSuite suite, boolean recordSignatures) throws Exception {
        try (Trail t = new Trail(dir, suite, 100, recordSignatures)) {
            List<AuditRecord> sealed = t.write(0, 600);
            for (int i = 0; i < sealed.size(); i++) {
                assertEquals(i + 1, sealed.get(i).seq());
                assertEquals(recordSignatures, sealed.get(i).signature() != null);
            }
            t.closeLog();
            assertEquals(600, t.store.scan("filter-1", 1, 10_000).size(), "each record exactly once");
            // shipped from memory with the spool's own lines: the store holds each record's canonical form
            assertEquals(sealed.stream().map(RecordCodec::toCanonicalJson).toList(),
                    t.store.scanJson("filter-1", 1, 10_000));
            List<SignedCheckpoint> cps = t.store.checkpoints("filter-1", 0, 1000);
            assertTrue(!cps.isEmpty(), "checkpoints were shipped");
            assertEquals(600, cps.getLast().treeSize());
            VerificationResult v = AuditVerifier.verify(t.store, t.keys, "filter-1", null, null);
            assertTrue(v.intact(), v.summary());
            assertEquals(600, v.recordsChecked());
            assertEquals(0, v.uncoveredRecords());
            // what `audit verify` does while the filter runs: a second, read-only view of the locked index
            try (LuceneAuditStore view = LuceneAuditStore.openReadOnly(dir.resolve("index"))) {
                assertTrue(AuditVerifier.verify(view, KeyRing.forVerifier(KeyRing.publicKeyDir(t.config.keyFile())),
                        "filter-1", null, null).intact());
                assertThrows(UnsupportedOperationException.class, () -> view.append(sealed));
            }
        }
    }

    @Test
    void searchFiltersPagesAndAggregatesLikeTheReferenceSemantics() throws Exception {
        try (Trail t = new Trail(dir, SigningSuite.ED25519, 1000)) {
            List<AuditRecord> all = t.write(0, 400);
            t.closeLog();
            AuditQuery q = AuditQuery.builder().tenant("acme").destinationRegion("US").size(7).build();
            List<AuditRecord> paged = new ArrayList<>();
            SearchPage page = t.store.search(q);
            while (true) {
                paged.addAll(page.records());
                if (page.nextCursor() == null) {
                    break;
                }
                page = t.store.search(q.withSearchAfter(page.nextCursor()));
            }
            List<AuditRecord> expected = all.stream().filter(q::matches).toList();
            assertTrue(expected.size() > 7, "the query spans several pages");
            assertEquals(expected, paged);
            assertEquals(new HashSet<>(paged).size(), paged.size(), "no record twice across pages");

            // content hash matches request or answer hash; value HMAC finds the exchange's records
            AuditRecord completion = all.get(5);
            assertEquals(List.of(completion), t.store.search(AuditQuery.builder()
                    .contentHash(completion.answerHash()).build()).records());
            assertEquals(2, t.store.search(AuditQuery.builder().valueHmac(completion.valueHmacs().getFirst())
                    .build()).records().size());
            assertEquals(all.stream().filter(r -> r.findings().stream().anyMatch(f -> f.type().equals("EMAIL")))
                    .count(), t.store.search(AuditQuery.builder().entityType("EMAIL").size(1000).build()).records().size());

            AuditQuery agg = AuditQuery.builder().originRegion("CN").build();
            AuditAggregations.Accumulator reference = new AuditAggregations.Accumulator();
            all.stream().filter(agg::matches).forEach(reference::add);
            assertEquals(reference.result(), t.store.aggregate(agg));
            AuditAggregations.Bucket route = t.store.aggregate(AuditQuery.all()).byRoute().getFirst();
            assertTrue(route.exchanges() > 0 && route.inputTokens() > 0, route.toString());
        }
    }

    @Test
    void appendFailsFastWhenTheSpoolIsFull() throws Exception {
        AuditLogConfig config = AuditLogConfig.defaults(dir.resolve("spool"), "filter-1", dir.resolve("k.pem"),
                SigningSuite.ED25519).withLimits(16, 1 << 20, 2_000);
        try (AuditLog log = AuditLog.open(config, null)) {
            assertNotNull(log.append(Drafts.draft(0)).get());
            int i = 1;
            while (log.metrics().spoolBytes() < 2_000) {
                assertNotNull(log.append(Drafts.draft(i++)).get(), "accepted while the spool has room");
            }
            int next = i;
            ExecutionException e = assertThrows(ExecutionException.class, () -> log.append(Drafts.draft(next)).get());
            assertTrue(e.getCause() instanceof AuditUnavailableException, e.toString());
            assertEquals(1, log.metrics().rejectedAppends());
            assertNull(log.metrics().shipError());
        }
    }
}
