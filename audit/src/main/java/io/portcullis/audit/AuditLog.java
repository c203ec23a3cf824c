package io.portcullis.audit;

import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.spool.Shipper;
import io.portcullis.audit.spool.SpoolWriter;
import io.portcullis.audit.store.AuditStore;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * The audit trail of one filter instance — what the proxy talks to. {@link #append} takes a draft record
 * (no id, instance, seq, hashes or signature: the chain fills them) and returns a future completed once
 * the sealed record is durable in the spool, or failed at once with {@link AuditUnavailableException}
 * when it cannot be (then the proxy refuses with 503). Never blocks the caller, so it is safe on an event
 * loop. A shipper moves durable records into the {@link AuditStore} in the background.
 *
 * <pre>
 * KeyRing keys = KeyRing.forWriter(keyFile, SigningSuite.ED25519);
 * AuditStore store = LuceneAuditStore.open(indexDir);          // or the Elasticsearch store
 * AuditLog log = AuditLog.open(AuditLogConfig.defaults(spoolDir, "filter-1", keyFile, SigningSuite.ED25519), keys, store);
 * log.append(AuditRecord.builder().kind(RecordKind.DECISION).tenant("acme")...build())
 *    .whenComplete((sealed, err) -> ...);
 * </pre>
 */
public final class AuditLog implements AutoCloseable {
    /** Records per store append: big enough that the store's commit (an fsync or a bulk request) amortises. */
    private static final int SHIP_BATCH = 5_000;
    private final KeyRing keys;
    private final SpoolWriter spool;
    private final Shipper shipper;

    private AuditLog(KeyRing keys, SpoolWriter spool, Shipper shipper) {
        this.keys = keys;
        this.spool = spool;
        this.shipper = shipper;
    }

    /**
     * Recovers the spool (cutting a torn tail, re-checking the chain, signing a checkpoint over anything
     * recovered), then starts the writer and, when {@code store} is not null, the shipper.
     */
    public static AuditLog open(AuditLogConfig config, KeyRing keys, AuditStore store) throws IOException {
        SpoolWriter spool = SpoolWriter.open(config, keys);
        Shipper shipper = store == null ? null : new Shipper(spool, store, SHIP_BATCH);
        return new AuditLog(keys, spool, shipper);
    }

    /** Convenience: loads (or generates) the signing key named in the config. */
    public static AuditLog open(AuditLogConfig config, AuditStore store) throws IOException {
        return open(config, KeyRing.forWriter(config.keyFile(), config.suite()), store);
    }

    public CompletableFuture<AuditRecord> append(AuditRecord draft) {
        return spool.append(draft);
    }

    /**
     * For a record nobody waits on (an exchange's completion record): durable within a few
     * milliseconds, written together with the next {@link #append}ed record when one comes sooner, so
     * it does not cost the disk a flush of its own ahead of a record somebody is waiting for.
     */
    public CompletableFuture<AuditRecord> appendDeferrable(AuditRecord draft) {
        return spool.appendDeferrable(draft);
    }

    public KeyRing keys() {
        return keys;
    }

    public String instance() {
        return spool.instance();
    }

    /** True once every durable record and checkpoint is in the store (always false without a store). */
    public boolean shippedEverything() {
        return shipper != null && shipper.caughtUp();
    }

    public AuditMetrics metrics() {
        return new AuditMetrics(spool.queueDepth(), spool.spoolBytes(), spool.durableSeq(), spool.checkpointedSize(),
                shipper == null ? 0 : shipper.shippedSeq(), spool.rejectedAppends(),
                shipper == null ? 0 : shipper.failures(), shipper == null ? null : shipper.lastError());
    }

    /** Writes what is queued, signs a final checkpoint, lets the shipper catch up briefly, stops. */
    @Override
    public void close() throws IOException {
        spool.close();
        if (shipper != null) {
            shipper.nudge();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!shipper.caughtUp() && System.nanoTime() < deadline && shipper.lastError() == null) {
                Thread.onSpinWait();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            shipper.close();
        }
    }
}
