package io.portcullis.audit.elasticsearch;

import io.portcullis.audit.model.AuditRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Drill: a real node with a one-thread, one-slot write pool, and four writers (four filter instances, one
 * store each) shipping at once, so Elasticsearch answers 429 (es_rejected_execution_exception). Every
 * writer must back off and get everything in, exactly once. Private node on port 9251; a command, not a
 * test; output kept in audit/bench/:
 *
 * <pre>
 * PORTCULLIS_ROOT=$PWD mvn -B -ntp -q -pl audit test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.portcullis.audit.elasticsearch.ElasticsearchBackpressureDrill -Dexec.args="20000"
 * </pre>
 */
public final class ElasticsearchBackpressureDrill {
    private static final int WRITERS = 4;
    private static final int BATCH = 1000;

    private ElasticsearchBackpressureDrill() {
    }

    public static void main(String[] args) throws Exception {
        int perWriter = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        DrillNode node = new DrillNode(9251, "elasticsearch-backpressure",
                "thread_pool.write.size=1 thread_pool.write.queue_size=1");
        node.start();
        String index = AuditIndexTemplates.INDEX_PREFIX + "-backpressure-" + System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<ElasticsearchAuditStore> stores = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                // Generous retries: under this pressure a bulk may be refused several times in a row.
                stores.add(ElasticsearchAuditStore.open(ElasticsearchSettings.of(node.url()).withIndex(index)
                        .withRetries(20, java.time.Duration.ofMillis(50), java.time.Duration.ofSeconds(2))));
            }
            long t0 = System.nanoTime();
            List<Future<List<AuditRecord>>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                ElasticsearchAuditStore store = stores.get(w);
                String instance = "writer-" + w;
                int seed = w;
                done.add(pool.submit(() -> {
                    List<AuditRecord> trail = TestTrail.instance(instance, perWriter / 2, seed);
                    for (int i = 0; i < trail.size(); i += BATCH) {
                        store.append(trail.subList(i, Math.min(trail.size(), i + BATCH)));
                    }
                    return trail;
                }));
            }
            List<List<AuditRecord>> trails = new ArrayList<>();
            for (Future<List<AuditRecord>> f : done) {
                trails.add(f.get());
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            ElasticsearchAuditStore any = stores.get(0);
            any.refresh();
            long retries = stores.stream().mapToLong(ElasticsearchAuditStore::retries).sum();
            long present = stores.stream().mapToLong(ElasticsearchAuditStore::alreadyPresent).sum();
            long docs = any.client().count(c -> c.index(index)).count();
            boolean allEqual = true;
            for (int w = 0; w < WRITERS; w++) {
                allEqual &= trails.get(w).equals(any.scan("writer-" + w, 1, Integer.MAX_VALUE));
            }
            long rejected = any.client().nodes().stats(s -> s.metric("thread_pool")).nodes().values().stream()
                    .mapToLong(n -> n.threadPool().get("write").rejected()).sum();
            System.out.printf(Locale.ROOT, "%d writers x %,d records in %.1f s (%,.0f records/s overall)%n", WRITERS,
                    perWriter, seconds, WRITERS * perWriter / seconds);
            System.out.printf(Locale.ROOT, "write pool rejections on the node: %,d; document retries by the writers: %,d;"
                    + " 409 on retry: %,d%n", rejected, retries, present);
            System.out.printf(Locale.ROOT, "documents in the index %,d (expected %,d); every writer's scan equals its records: %s%n",
                    docs, (long) WRITERS * perWriter, allEqual);
            any.client().indices().delete(d -> d.index(index, index + AuditIndexTemplates.CHECKPOINTS_SUFFIX));
        } finally {
            pool.shutdownNow();
            for (ElasticsearchAuditStore s : stores) {
                s.close();
            }
            node.stop();
        }
    }
}
