package io.portcullis.audit.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.SignedCheckpoint;
import io.portcullis.audit.store.AuditAggregations;
import io.portcullis.audit.store.AuditQuery;
import io.portcullis.audit.store.IndexFields;
import io.portcullis.audit.store.SearchPage;
import io.portcullis.audit.store.SortKey;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Against the real local Elasticsearch: every answer is compared with the reference semantics in
 * {@link AuditQuery#matches} and {@link AuditAggregations.Accumulator}, computed here over the same records.
 * Instance "a" has more records than one internal scan page, so paging inside scans is exercised too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElasticsearchAuditStoreTest {
    private ElasticsearchAuditStore store;
    private List<AuditRecord> a;
    private List<AuditRecord> b;
    private List<AuditRecord> all;

    @BeforeAll
    void ingest() throws IOException {
        store = LocalElasticsearch.open(LocalElasticsearch.freshSettings());
        a = TestTrail.instance("a", 600, 1); // 1,200 records: more than one SCAN_PAGE
        b = TestTrail.instance("b", 150, 2);
        all = Stream.concat(a.stream(), b.stream()).toList();
        store.append(a);
        store.append(b);
        store.refresh();
    }

    @AfterAll
    void drop() throws IOException {
        LocalElasticsearch.dropAndClose(store);
    }

    @Test
    void scanReturnsEveryRecordOfAnInstanceInSeqOrderAsWritten() throws IOException {
        assertEquals(a, store.scan("a", 1, 10_000));
        assertEquals(b, store.scan("b", 1, 10_000));
        assertEquals(a.subList(999, 1049), store.scan("a", 1000, 50));
        assertEquals(List.of(), store.scan("nobody", 1, 10));
    }

    @Test
    void replayingRecordsNeverDuplicatesThem() throws IOException {
        long before = store.alreadyPresent();
        store.append(b.subList(0, 100));
        store.append(b.subList(50, 150));
        store.refresh();
        assertEquals(before + 200, store.alreadyPresent(), "every replayed create met a 409");
        assertEquals(b, store.scan("b", 1, 10_000));
    }

    @Test
    void instancesAreListed() throws IOException {
        assertEquals(List.of("a", "b"), store.instances());
    }

    static Stream<AuditQuery> queries() {
        return Stream.of(
                AuditQuery.all(),
                AuditQuery.builder().tenant("acme").build(),
                AuditQuery.builder().originRegion("CN").destinationRegion("US").build(),
                AuditQuery.builder().action("block").kind("decision").build(),
                AuditQuery.builder().entityType("EMAIL").build(),
                AuditQuery.builder().reasonCode("eu.gdpr.art44").provider("openai").build(),
                AuditQuery.builder().instance("b").model("m-1").build(),
                AuditQuery.builder().requestId("a-req-17").build(),
                AuditQuery.builder().from(TestTrail.START.plusSeconds(30)).to(TestTrail.START.plusSeconds(60)).build(),
                AuditQuery.builder().from(TestTrail.START.plusSeconds(100)).tenant("globex").entityType("PHONE").build());
    }

    @ParameterizedTest
    @MethodSource("queries")
    void searchPagesThroughExactlyTheMatchingRecordsInOrder(AuditQuery query) throws IOException {
        List<AuditRecord> expected = all.stream().filter(query::matches)
                .sorted(Comparator.comparing(SortKey::of)).toList();
        assertFalse(expected.isEmpty(), "every sample query matches some records, or the comparison proves little");
        List<AuditRecord> got = Pages.all(store, query, 37);
        assertEquals(expected, got);
    }

    @Test
    void contentHashFindsTheExchangeByRequestOrAnswerHashAndValueHmacFindsWhereAValueWent() throws IOException {
        AuditRecord completion = a.get(41);
        List<AuditRecord> byAnswer = store.search(AuditQuery.builder().contentHash(completion.answerHash()).build()).records();
        assertEquals(List.of(completion), byAnswer);
        List<AuditRecord> byRequest = store.search(AuditQuery.builder().contentHash(completion.requestHash()).build()).records();
        assertEquals(List.of(a.get(40), completion), byRequest);

        String hmac = all.stream().filter(r -> !r.valueHmacs().isEmpty()).findFirst().orElseThrow().valueHmacs().get(0);
        List<AuditRecord> expected = all.stream().filter(r -> r.valueHmacs().contains(hmac))
                .sorted(Comparator.comparing(SortKey::of)).toList();
        assertEquals(expected, store.search(AuditQuery.builder().valueHmac(hmac).size(1000).build()).records());
    }

    @Test
    void lastPageHasNoCursorAndSizeIsCapped() throws IOException {
        SearchPage page = store.search(AuditQuery.builder().requestId("b-req-3").build());
        assertEquals(2, page.records().size());
        assertNull(page.nextCursor());
        SearchPage big = store.search(AuditQuery.builder().size(5000).build());
        assertEquals(AuditQuery.MAX_SIZE, big.records().size());
        assertNotNull(big.nextCursor());
    }

    @ParameterizedTest
    @MethodSource("queries")
    void aggregationsEqualTheReferenceComputation(AuditQuery query) throws IOException {
        AuditAggregations.Accumulator reference = new AuditAggregations.Accumulator();
        all.stream().filter(query::matches).forEach(reference::add);
        assertEquals(reference.result(), store.aggregate(query));
    }

    @Test
    void checkpointsAreIdempotentAndComeBackInTreeSizeOrder() throws IOException {
        List<SignedCheckpoint> cps = new ArrayList<>();
        for (long size : new long[] {100, 200, 300}) {
            AuditRecord head = a.get((int) size - 1);
            cps.add(new SignedCheckpoint("a", size, "root-" + size, head.hash(), head.time(), "test-key",
                    "portcullis/a\n" + size + "\nroot-" + size + "\n\n— test-key sig\n"));
        }
        store.appendCheckpoints(List.of(cps.get(2), cps.get(0)));
        store.appendCheckpoints(cps);
        store.refresh();
        assertEquals(cps, store.checkpoints("a", 0, 100));
        assertEquals(cps.subList(1, 3), store.checkpoints("a", 150, 100));
        assertEquals(List.of(), store.checkpoints("b", 0, 100));
    }

    @Test
    void strictMappingRefusesAFieldNobodyDeclared() {
        ObjectNode doc = IndexFields.document(a.get(0));
        doc.put("prompt", "raw text must never land in the trail");
        ElasticsearchException e = assertThrows(ElasticsearchException.class, () -> store.client()
                .index(i -> i.index(store.settings().index()).id("stray").document(doc)));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("strict_dynamic_mapping_exception"), e.getMessage());
    }

    @Test
    void appendRefusesUnsealedRecords() {
        AuditRecord draft = a.get(0).toBuilder().hash(null).build();
        assertThrows(IllegalArgumentException.class, () -> store.append(List.of(draft)));
    }

    @Test
    void timeRangeIsHalfOpen() throws IOException {
        AuditRecord r = a.get(10);
        Instant t = r.time();
        List<AuditRecord> at = store.search(AuditQuery.builder().instance("a").from(t).to(t.plusMillis(1)).build()).records();
        assertTrue(at.contains(r));
        List<AuditRecord> before = store.search(AuditQuery.builder().instance("a").from(t.minusSeconds(1)).to(t).build())
                .records();
        assertFalse(before.contains(r));
    }
}
