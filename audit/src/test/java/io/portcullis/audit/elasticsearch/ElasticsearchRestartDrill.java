package io.portcullis.audit.elasticsearch;

import io.portcullis.audit.AuditLog;
import io.portcullis.audit.AuditLogConfig;
import io.portcullis.audit.AuditMetrics;
import io.portcullis.audit.Drafts;
import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.crypto.SigningSuite;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.verify.AuditVerifier;
import io.portcullis.audit.verify.VerificationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Drill: a real Elasticsearch is stopped in the middle of a steady load and started again; afterwards
 * every record must be in the index exactly once and the trail must verify. Runs its own node (port 9250,
 * state under deploy/.state/elasticsearch-drill) through deploy/lib/elasticsearch.sh so the shared one is
 * never touched. A command, not a test (a restart costs a minute on two cores); output kept in audit/bench/:
 *
 * <pre>
 * PORTCULLIS_ROOT=$PWD mvn -B -ntp -q -pl audit test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.portcullis.audit.elasticsearch.ElasticsearchRestartDrill -Dexec.args="30000"
 * </pre>
 */
public final class ElasticsearchRestartDrill {
    private static final int PORT = 9250;
    private static final String INSTANCE = "filter-drill";

    private ElasticsearchRestartDrill() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        DrillNode node = new DrillNode(PORT, "elasticsearch-drill", "");
        node.start();
        Path dir = Files.createTempDirectory("es-drill");
        ElasticsearchSettings settings = ElasticsearchSettings.of(node.url())
                .withIndex(AuditIndexTemplates.INDEX_PREFIX + "-drill-" + System.currentTimeMillis());
        AuditLogConfig config = AuditLogConfig.defaults(dir.resolve("spool"), INSTANCE, dir.resolve("keys/audit.pem"),
                SigningSuite.ED25519).withCheckpoints(1000, Duration.ofSeconds(1));
        KeyRing keys = KeyRing.forWriter(config.keyFile(), SigningSuite.ED25519);
        long t0 = System.nanoTime();
        try (ElasticsearchAuditStore store = ElasticsearchAuditStore.open(settings)) {
            List<CompletableFuture<AuditRecord>> acked = new ArrayList<>(n);
            AuditLog log = AuditLog.open(config, keys, store);
            Thread load = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < n; i++) {
                    acked.add(log.append(Drafts.draft(i)));
                    if (i % 100 == 99) {
                        sleep(50); // ~2,000 records/s, steady
                    }
                }
            });
            sleep(3000);
            say(t0, "stopping Elasticsearch mid-load", log.metrics());
            node.stop();
            sleep(5000);
            say(t0, "Elasticsearch down for 5 s, starting it again", log.metrics());
            node.start();
            say(t0, "Elasticsearch back", log.metrics());
            load.join();
            List<AuditRecord> sealed = new ArrayList<>(n);
            for (CompletableFuture<AuditRecord> f : acked) {
                sealed.add(f.get());
            }
            say(t0, "load done, all " + sealed.size() + " appends acknowledged", log.metrics());
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!log.shippedEverything() && System.nanoTime() < deadline) {
                sleep(200);
            }
            say(t0, "shipper caught up: " + log.shippedEverything(), log.metrics());
            log.close();
            store.refresh();
            long docs = store.client().count(c -> c.index(settings.index())).count();
            List<AuditRecord> stored = store.scan(INSTANCE, 1, Integer.MAX_VALUE);
            VerificationResult v = AuditVerifier.verify(store, keys, INSTANCE, null, null);
            System.out.printf(Locale.ROOT, "acknowledged %,d, documents in the index %,d, scan equals the sealed records: %s%n",
                    sealed.size(), docs, stored.equals(sealed));
            System.out.printf(Locale.ROOT, "store: created %,d, already present (409 on replay) %,d, bulk item retries %,d%n",
                    store.created(), store.alreadyPresent(), store.retries());
            System.out.println("verify: " + v.summary());
            store.client().indices().delete(d -> d.index(settings.index(), settings.checkpointIndex()));
        } finally {
            node.stop();
        }
    }

    private static void say(long t0, String what, AuditMetrics m) {
        System.out.printf(Locale.ROOT, "t+%5.1fs %s | durable seq %,d, shipped seq %,d, spool %,d bytes, ship failures %d%n",
                (System.nanoTime() - t0) / 1e9, what, m.durableSeq(), m.shippedSeq(), m.spoolBytes(), m.shipFailures());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
