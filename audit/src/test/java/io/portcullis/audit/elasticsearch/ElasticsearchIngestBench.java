package io.portcullis.audit.elasticsearch;

import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.store.AuditQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Sustained ingest into the real local Elasticsearch through {@link ElasticsearchAuditStore#append}, in
 * batches of 1,000 like the shipper's, then the same records again (a full replay: every create a 409),
 * then search and aggregation latency. A command, not a test; its output is kept in audit/bench/:
 *
 * <pre>
 * mvn -B -ntp -q -pl audit test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.portcullis.audit.elasticsearch.ElasticsearchIngestBench -Dexec.args="100000"
 * </pre>
 */
public final class ElasticsearchIngestBench {
    private static final int BATCH = 1000;

    private ElasticsearchIngestBench() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<AuditRecord> trail = TestTrail.instance("bench", records / 2, 42);
        ElasticsearchAuditStore store = ElasticsearchAuditStore.open(LocalElasticsearch.freshSettings());
        try {
            System.out.printf(Locale.ROOT, "Elasticsearch %s, index %s, %,d records (avg %d bytes of JSON), batches of %,d%n",
                    LocalElasticsearch.URL, store.settings().index(), trail.size(), avgBytes(trail), BATCH);
            double first = ingest(store, trail);
            System.out.printf(Locale.ROOT, "first ingest: %,.0f records/s (created %,d)%n", first, store.created());
            double replay = ingest(store, trail);
            System.out.printf(Locale.ROOT, "full replay:  %,.0f records/s (409 already present %,d)%n", replay,
                    store.alreadyPresent());
            store.refresh();
            System.out.printf(Locale.ROOT, "scan back:    %,d records%n", store.scan("bench", 1, Integer.MAX_VALUE).size());
            AuditQuery filtered = AuditQuery.builder().tenant("acme").originRegion("CN").entityType("EMAIL").size(100).build();
            latency("search, 3 filters, page of 100", () -> store.search(filtered));
            latency("aggregate all records        ", () -> store.aggregate(AuditQuery.all()));
            latency("aggregate, 3 filters         ", () -> store.aggregate(filtered));
        } finally {
            LocalElasticsearch.dropAndClose(store);
        }
    }

    private static double ingest(ElasticsearchAuditStore store, List<AuditRecord> trail) throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < trail.size(); i += BATCH) {
            store.append(trail.subList(i, Math.min(trail.size(), i + BATCH)));
        }
        return trail.size() / ((System.nanoTime() - t0) / 1e9);
    }

    interface Call {
        void run() throws Exception;
    }

    private static void latency(String what, Call call) throws Exception {
        for (int i = 0; i < 20; i++) {
            call.run(); // warm caches and JIT
        }
        long[] ns = new long[100];
        for (int i = 0; i < ns.length; i++) {
            long t0 = System.nanoTime();
            call.run();
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p99 %.1f ms (100 calls)%n", what, ns[50] / 1e6, ns[98] / 1e6);
    }

    private static long avgBytes(List<AuditRecord> trail) {
        List<AuditRecord> sample = new ArrayList<>(trail.subList(0, Math.min(1000, trail.size())));
        return sample.stream().mapToLong(r -> io.portcullis.audit.json.RecordCodec.toCanonicalJson(r).length()).sum()
                / sample.size();
    }
}
