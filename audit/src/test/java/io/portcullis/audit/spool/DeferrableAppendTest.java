package io.portcullis.audit.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.audit.AuditLog;
import io.portcullis.audit.AuditLogConfig;
import io.portcullis.audit.Drafts;
import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.crypto.SigningSuite;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.verify.AuditVerifier;
import io.portcullis.audit.store.lucene.LuceneAuditStore;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record nobody waits on (an exchange's completion record) may wait to share the next awaited
 * record's flush, but it is never lost, never reordered, and never held past its short deadline.
 */
class DeferrableAppendTest {
    @TempDir
    Path dir;

    @Test
    void deferrableRecordsAreDurableInOrderAndVerify() throws Exception {
        Path keyFile = dir.resolve("keys/audit.pem");
        AuditLogConfig config = AuditLogConfig.defaults(dir.resolve("spool"), "filter-1", keyFile, SigningSuite.ED25519);
        KeyRing keys = KeyRing.forWriter(keyFile, SigningSuite.ED25519);
        try (LuceneAuditStore store = LuceneAuditStore.open(dir.resolve("index"))) {
            AuditLog log = AuditLog.open(config, keys, store);
            // alone: written by its deadline although no awaited record ever comes
            AuditRecord lone = log.appendDeferrable(Drafts.draft(1)).get(2, TimeUnit.SECONDS);
            assertEquals(1, lone.seq());
            // a completion then the next exchange's decision: queue order is chain order
            CompletableFuture<AuditRecord> completion = log.appendDeferrable(Drafts.draft(2));
            AuditRecord decision = log.append(Drafts.draft(3)).get(2, TimeUnit.SECONDS);
            assertTrue(completion.isDone(), "the deferred record is durable no later than the awaited one behind it");
            assertEquals(2, completion.get().seq());
            assertEquals(3, decision.seq());
            log.close();
            assertTrue(AuditVerifier.verify(store, keys, "filter-1", null, null).intact());
        }
    }
}
