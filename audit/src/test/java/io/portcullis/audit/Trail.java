package io.portcullis.audit;

import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.crypto.SigningSuite;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.store.lucene.LuceneAuditStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A real trail in a temp dir: key, spool, shipper, Lucene store. */
public final class Trail implements AutoCloseable {
    public final Path dir;
    public final AuditLogConfig config;
    public final KeyRing keys;
    public final LuceneAuditStore store;
    public AuditLog log;

    /** A trail with the default settings: records covered by signed checkpoints only. */
    public Trail(Path dir, SigningSuite suite, int checkpointEvery) throws Exception {
        this(dir, suite, checkpointEvery, false);
    }

    public Trail(Path dir, SigningSuite suite, int checkpointEvery, boolean recordSignatures) throws Exception {
        this.dir = dir;
        this.config = AuditLogConfig.defaults(dir.resolve("spool"), "filter-1", dir.resolve("keys/audit.pem"), suite)
                .withCheckpoints(checkpointEvery, Duration.ofMillis(200)).withRecordSignatures(recordSignatures);
        this.keys = KeyRing.forWriter(config.keyFile(), suite);
        this.store = LuceneAuditStore.open(dir.resolve("index"));
        this.log = AuditLog.open(config, keys, store);
    }

    /** Appends drafts [from, from+n) from several threads at once and waits until all are durable. */
    public List<AuditRecord> write(int from, int n) throws Exception {
        List<CompletableFuture<AuditRecord>> futures = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            futures.add(log.append(Drafts.draft(i)));
        }
        List<AuditRecord> out = new ArrayList<>();
        for (CompletableFuture<AuditRecord> f : futures) {
            out.add(f.get());
        }
        return out;
    }

    /** Closes the log (final checkpoint, shipper drained) and refreshes the store. */
    public void closeLog() throws Exception {
        log.close();
        store.refresh();
    }

    @Override
    public void close() throws Exception {
        if (log != null) {
            log.close();
        }
        store.close();
    }
}
