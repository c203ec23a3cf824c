package io.portcullis.audit.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.AuditRecord;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The write path when the link to the real Elasticsearch breaks: refused connections and lost answers are
 * retried with backoff, and every record ends up in the index exactly once — including the records whose
 * bulk request was applied but whose answer never arrived (the retry meets 409 and counts it as done).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElasticsearchOutageTest {
    private FlakyLink link; // one per class; tests use distinct instances, so they share the indices
    private ElasticsearchAuditStore store;
    private ElasticsearchAuditStore direct;

    @BeforeAll
    void open() throws IOException {
        ElasticsearchSettings s = LocalElasticsearch.freshSettings();
        direct = LocalElasticsearch.open(s);
        link = new FlakyLink(URI.create(LocalElasticsearch.URL).getPort());
        store = ElasticsearchAuditStore.open(ElasticsearchSettings.of(link.url()).withIndex(s.index())
                .withRetries(12, Duration.ofMillis(50), Duration.ofMillis(400)));
    }

    @AfterEach
    void mendTheLink() {
        link.restore();
        link.loseResponses(0);
    }

    @AfterAll
    void close() throws IOException {
        if (store != null) {
            store.close();
        }
        if (link != null) {
            link.close();
        }
        LocalElasticsearch.dropAndClose(direct);
    }

    @Test
    void anOutageInTheMiddleOfTheLoadDelaysButLosesAndDuplicatesNothing() throws Exception {
        List<AuditRecord> trail = TestTrail.instance("outage", 1000, 7);
        long retries = store.retries();
        store.append(trail.subList(0, 600));
        link.cut();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(link::restore, 1500, TimeUnit.MILLISECONDS);
            long t0 = System.nanoTime();
            for (int i = 600; i < trail.size(); i += 200) {
                store.append(trail.subList(i, i + 200)); // blocks, retrying, until the link is back
            }
            assertTrue(System.nanoTime() - t0 >= TimeUnit.MILLISECONDS.toNanos(1400), "appends waited for the link");
        } finally {
            timer.shutdownNow();
        }
        assertTrue(store.retries() > retries, "the outage was met and retried");
        direct.refresh();
        assertEquals(trail, direct.scan("outage", 1, 10_000));
        assertEquals(trail.size(), documentsOf("outage"));
    }

    @Test
    void aLostAnswerIsRetriedAndTheConflictCountsAsDelivered() throws Exception {
        List<AuditRecord> trail = TestTrail.instance("lost", 300, 8);
        long created = store.created();
        long present = store.alreadyPresent();
        int lost = link.lostResponses();
        link.loseResponses(1);
        store.append(trail);
        assertEquals(lost + 1, link.lostResponses(), "the bulk's answer was dropped after Elasticsearch applied it");
        assertTrue(store.alreadyPresent() > present, "the retry found the records already there (409)");
        assertEquals(trail.size(), store.created() - created + store.alreadyPresent() - present);
        direct.refresh();
        assertEquals(trail, direct.scan("lost", 1, 10_000));
        assertEquals(trail.size(), documentsOf("lost"));
    }

    @Test
    void aClusterThatStaysAwayFailsTheAppendAfterTheBoundedRetries() {
        List<AuditRecord> trail = TestTrail.instance("away", 5, 9);
        long retries = store.retries();
        link.cut();
        long t0 = System.nanoTime();
        IOException e = assertThrows(IOException.class, () -> store.append(trail));
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertTrue(e.getMessage().contains("after 12 attempts"), e.getMessage());
        // 11 backoffs: 50, 100, 200, then 400 capped: 350 + 8 * 400 = 3,550 ms at least.
        assertTrue(tookMs >= 3500, "backed off between attempts, took " + tookMs + " ms");
        assertEquals(11L * trail.size(), store.retries() - retries);
    }

    @Test
    void aStoreOpenedWhileTheClusterIsAwayInstallsItsStrictIndexOnceItAnswers() throws Exception {
        ElasticsearchSettings fresh = LocalElasticsearch.freshSettings();
        List<AuditRecord> trail = TestTrail.instance("deferred", 20, 10);
        link.cut();
        try (ElasticsearchAuditStore deferred = ElasticsearchAuditStore.openDeferred(ElasticsearchSettings.of(link.url())
                .withIndex(fresh.index()).withRetries(2, Duration.ofMillis(10), Duration.ofMillis(10)))) {
            IOException e = assertThrows(IOException.class, () -> deferred.append(trail));
            assertTrue(e.getMessage().contains("not usable"), e.getMessage());
            link.restore();
            deferred.append(trail);
            deferred.refresh();
            assertEquals(trail, deferred.scan("deferred", 1, 100));
            TypeMapping mapping = direct.client().indices().getMapping(m -> m.index(fresh.index()))
                    .get(fresh.index()).mappings();
            assertEquals(DynamicMapping.Strict, mapping.dynamic(), "created from the template, not guessed");
        } finally {
            direct.client().indices().delete(d -> d.index(fresh.index(), fresh.checkpointIndex()).ignoreUnavailable(true));
        }
    }

    private long documentsOf(String instance) throws IOException {
        ElasticsearchClient client = direct.client();
        return client.count(c -> c.index(direct.settings().index())
                .query(AuditQueries.term(RecordCodec.INSTANCE, instance))).count();
    }
}
