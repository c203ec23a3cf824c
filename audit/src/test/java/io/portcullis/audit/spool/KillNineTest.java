package io.portcullis.audit.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.audit.AuditLog;
import io.portcullis.audit.AuditLogConfig;
import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.crypto.SigningSuite;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.store.lucene.LuceneAuditStore;
import io.portcullis.audit.verify.AuditVerifier;
import io.portcullis.audit.verify.VerificationResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a writer under load loses no acknowledged record, and the trail restarts verifiable.
 * A killed process leaves its written bytes in the page cache, so this proves "acknowledged only after the
 * write" and the recovery of a batch cut mid-write — not the fsync itself, which only a power cut tests.
 */
class KillNineTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedRecordSurvivesSigkill() throws Exception {
        Path spool = dir.resolve("spool");
        Path key = dir.resolve("keys/audit.pem");
        SigningSuite suite = SigningSuite.ED25519;
        KeyRing keys = KeyRing.forWriter(key, suite); // the child loads the same key file
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                SpoolLoadChild.class.getName(), spool.toString(), key.toString(), suite.wire())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<Long, String> acked = new HashMap<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    String[] p = line.split(" ");
                    acked.put(Long.parseLong(p[1]), p[2]);
                    if (acked.size() == 1_500) {
                        // SIGKILL: no shutdown hook, no final fsync, no checkpoint. (Process.destroyForcibly
                        // would also close our end of its stdout, losing acks already in the pipe.)
                        new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(acked.size() >= 1_500, "acks read: " + acked.size());

        try (LuceneAuditStore store = LuceneAuditStore.open(dir.resolve("index"))) {
            AuditLog restarted = AuditLog.open(AuditLogConfig.defaults(spool, "filter-1", key, suite), keys, store);
            long recovered = restarted.metrics().durableSeq();
            assertEquals(recovered, restarted.metrics().checkpointedSize(), "recovery signed a checkpoint first");
            restarted.close();
            store.refresh();
            List<AuditRecord> all = store.scan("filter-1", 1, (int) recovered + 10);
            assertEquals(recovered, all.size());
            for (Map.Entry<Long, String> a : acked.entrySet()) {
                assertTrue(a.getKey() <= recovered, "acknowledged seq " + a.getKey() + " lost");
                assertEquals(a.getValue(), all.get((int) (a.getKey() - 1)).hash(), "seq " + a.getKey());
            }
            VerificationResult v = AuditVerifier.verify(store, keys, "filter-1", null, null);
            assertTrue(v.intact(), v.summary());
        }
    }
}
