package io.portcullis.audit.elasticsearch;

import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.store.AuditQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.lang.management.ManagementFactory;

/**
 * Sustained ingest into the real local Elasticsearch through {@link ElasticsearchAuditStore#append}, in
 * batches of 5,000 like the shipper's (after a warm-up trail of its own, so the JIT is not measured), then the
 * same records again (a full replay: every create a 409), then search and aggregation latency. Beside each
 * rate: this JVM's CPU and the node's CPU (its own process stats) per record, which a shared machine's load
 * does not change much. A command, not a test; its output is kept in audit/bench/:
 *
 * <pre>
 * mvn -B -ntp -q -pl audit test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.portcullis.audit.elasticsearch.ElasticsearchIngestBench -Dexec.args="100000"
 * </pre>
 */
public final class ElasticsearchIngestBench {
    /** The shipper's batch (AuditLog): one append = one bulk request by default. */
    private static final int BATCH = 5000;

    private ElasticsearchIngestBench() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<AuditRecord> trail = TestTrail.instance("bench", records / 2, 42);
        ElasticsearchAuditStore store = ElasticsearchAuditStore.open(LocalElasticsearch.freshSettings()
                .withIndex(AuditIndexTemplates.INDEX_PREFIX + "-bench-" + UUID.randomUUID().toString().substring(0, 8)));
        try {
            ingest(store, TestTrail.instance("warm-up", Math.min(records, 20_000) / 2, 43));
            System.out.printf(Locale.ROOT, "Elasticsearch %s, index %s, %,d records (avg %d bytes of JSON), batches of %,d%n",
                    LocalElasticsearch.URL, store.settings().index(), trail.size(), avgBytes(trail), BATCH);
            long created = store.created();
            String first = ingest(store, trail);
            System.out.printf(Locale.ROOT, "first ingest: %s (created %,d)%n", first, store.created() - created);
            long present = store.alreadyPresent();
            String replay = ingest(store, trail);
            System.out.printf(Locale.ROOT, "full replay:  %s (409 already present %,d)%n", replay,
                    store.alreadyPresent() - present);
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

    private static String ingest(ElasticsearchAuditStore store, List<AuditRecord> trail) throws Exception {
        long node0 = nodeCpuMillis(store);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        for (int i = 0; i < trail.size(); i += BATCH) {
            store.append(trail.subList(i, Math.min(trail.size(), i + BATCH)));
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        return String.format(Locale.ROOT, "%,.0f records/s; CPU per record: client %.0f µs, node %.0f µs",
                trail.size() / secs, (processCpuNanos() - cpu0) / 1e3 / trail.size(),
                (nodeCpuMillis(store) - node0) * 1e3 / trail.size());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the node's process (every node of the cluster: one here), from its own stats. */
    private static long nodeCpuMillis(ElasticsearchAuditStore store) throws Exception {
        return store.client().nodes().stats(s -> s.metric("process")).nodes().values().stream()
                .mapToLong(n -> n.process().cpu().totalInMillis()).sum();
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
