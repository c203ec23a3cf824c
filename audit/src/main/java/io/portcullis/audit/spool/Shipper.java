package io.portcullis.audit.spool;

import io.portcullis.audit.chain.HashChain;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.SignedCheckpoint;
import io.portcullis.audit.store.AuditStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves durable records and checkpoints from the spool into an {@link AuditStore}. The cursor (last
 * shipped seq and checkpoint tree size) is persisted after each successful batch, so a restart re-ships
 * at most one batch — which the store ignores, records being keyed by hash (exactly once in effect).
 * While the store fails, the shipper backs off exponentially (100 ms to 30 s) and the spool grows up to
 * its bound; shipped segments are deleted.
 */
public final class Shipper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Shipper.class);
    static final String CURSOR_FILE = "shipper.cursor";
    private static final long MIN_BACKOFF_MS = 100;
    private static final long MAX_BACKOFF_MS = 30_000;
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    /**
     * After a partial batch, wait this long for more records before shipping again. Chasing every record
     * made the embedded store commit (several fsyncs) once per exchange at low load, and those fsyncs
     * queued in front of the spool's own, which is on every exchange's critical path (6-7 ms instead of
     * a fraction of a millisecond per exchange at one connection). And each shipment flushes a new
     * Lucene segment that background merges fold in again: one a second (Elasticsearch's own default
     * refresh interval) instead of ten keeps that CPU off a two-core machine's request path. Records are
     * durable in the spool already; they only become searchable up to this much later.
     */
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(1000);

    /** Line characters held in memory for the shipper: ~10,000 typical records, a few seconds at full load. */
    private static final long HANDOFF_CHARS = 16L << 20;

    private final SpoolWriter spool;
    private final AuditStore store;
    private final SpoolReader reader;
    private final DurableHandoff handoff;
    private final int batchSize;
    private final Path cursorFile;
    private final Thread thread;
    private final AtomicLong failures = new AtomicLong();
    private volatile long shippedSeq;
    private volatile long shippedCheckpointSize;
    private long checkpointLogOffset;
    private volatile boolean running = true;
    private volatile String lastError;
    private boolean lastBatchFull;

    public Shipper(SpoolWriter spool, AuditStore store, int batchSize) throws IOException {
        this.spool = spool;
        this.store = store;
        this.batchSize = batchSize;
        this.reader = new SpoolReader(spool.directory());
        this.handoff = spool.attachHandoff(HANDOFF_CHARS);
        this.cursorFile = spool.directory().resolve(CURSOR_FILE);
        if (Files.exists(cursorFile)) {
            String[] parts = Files.readString(cursorFile).trim().split(" ");
            shippedSeq = Long.parseLong(parts[0]);
            shippedCheckpointSize = Long.parseLong(parts[1]);
        }
        this.thread = Thread.ofPlatform().name("audit-shipper-" + spool.instance()).daemon(true).unstarted(this::run);
        thread.start();
    }

    private void run() {
        long backoff = MIN_BACKOFF_MS;
        while (running) {
            try {
                boolean moved = shipOnce();
                if (lastError != null) {
                    LOG.info("audit shipper: store reachable again, draining the spool ({} bytes)", spool.spoolBytes());
                    lastError = null;
                }
                backoff = MIN_BACKOFF_MS;
                if (!moved) {
                    LockSupport.parkNanos(IDLE_PARK_NANOS);
                } else if (!lastBatchFull) {
                    LockSupport.parkNanos(LINGER_NANOS);
                }
            } catch (IOException | RuntimeException e) {
                failures.incrementAndGet();
                if (lastError == null) {
                    LOG.warn("audit shipper: store unavailable ({}); records stay in the spool ({} bytes) and ship "
                            + "when it is back", e.toString(), spool.spoolBytes());
                }
                lastError = e.toString();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(backoff));
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        }
    }

    /** Ships what is durable now instead of lingering (the log is closing and waits for the store). */
    public void nudge() {
        LockSupport.unpark(thread);
    }

    /** Ships one batch of records and any new checkpoints; false when there was nothing to do. */
    boolean shipOnce() throws IOException {
        boolean moved = false;
        long durable = spool.durableSeq();
        if (shippedSeq < durable) {
            List<HashChain.Sealed> inMemory = handoff.take(shippedSeq + 1, batchSize);
            List<AuditRecord> batch;
            if (inMemory.isEmpty()) {
                batch = reader.read(shippedSeq + 1, durable, batchSize);
                store.append(batch);
            } else {
                batch = inMemory.stream().map(HashChain.Sealed::record).toList();
                store.appendLines(batch, inMemory.stream().map(HashChain.Sealed::line).toList());
            }
            lastBatchFull = batch.size() >= batchSize;
            if (!batch.isEmpty()) {
                shippedSeq = batch.getLast().seq();
                persistCursor();
                moved = true;
            }
        }
        if (shippedCheckpointSize < spool.checkpointedSize()) {
            // read only what was appended since last time: the checkpoint log grows by one line a second
            CheckpointLog.Tail tail = spool.checkpointsFrom(checkpointLogOffset);
            List<SignedCheckpoint> cps = new ArrayList<>();
            for (CheckpointLog.Entry e : tail.entries()) {
                if (e.checkpoint().treeSize() > shippedCheckpointSize) {
                    cps.add(e.checkpoint());
                }
            }
            if (!cps.isEmpty()) {
                store.appendCheckpoints(cps);
                shippedCheckpointSize = cps.getLast().treeSize();
                persistCursor();
                moved = true;
            }
            checkpointLogOffset = tail.nextOffset();
            spool.releaseCheckpoints(shippedCheckpointSize); // after the cursor: a restart never needs what it drops
        }
        if (moved) {
            spool.release(shippedSeq);
        }
        return moved;
    }

    private void persistCursor() throws IOException {
        Path tmp = cursorFile.resolveSibling(CURSOR_FILE + ".tmp");
        Files.writeString(tmp, shippedSeq + " " + shippedCheckpointSize + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, cursorFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public long shippedSeq() {
        return shippedSeq;
    }

    public long shippedCheckpointSize() {
        return shippedCheckpointSize;
    }

    public long failures() {
        return failures.get();
    }

    /** The last store error while the store is failing, null once shipping works. */
    public String lastError() {
        return lastError;
    }

    /** True once everything durable and checkpointed so far is in the store. */
    public boolean caughtUp() {
        return shippedSeq >= spool.durableSeq() && shippedCheckpointSize >= spool.checkpointedSize();
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
