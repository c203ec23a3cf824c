package io.portcullis.audit.spool;

import io.portcullis.audit.AuditLogConfig;
import io.portcullis.audit.AuditUnavailableException;
import io.portcullis.audit.chain.HashChain;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.SignedCheckpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer of one instance's spool. Callers enqueue drafts (never blocking: a full queue, a full
 * spool or a failing disk fails the append at once); a dedicated thread takes everything waiting, chains
 * and seals it, writes it with ONE write and ONE fsync (group commit), then completes the callers'
 * futures — so a completed future means the record is on disk. Checkpoints are frozen on that thread
 * once the records they cover are durable, and signed and written on a thread of their own.
 */
public final class SpoolWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SpoolWriter.class);
    private static final int PARALLEL_FROM = 16;
    private static final long RETRY_AFTER_FAILURE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    /** A record on its way; {@code queuedNanos} bounds how long a deferred one may wait ({@link #DEFER_NANOS}). */
    private record Pending(AuditRecord draft, CompletableFuture<AuditRecord> done, long queuedNanos) {
    }

    /** Put in the queue only to wake a writer parked for long, so it notices a deferred record's deadline. */
    private static final Pending WAKE = new Pending(null, null, 0);

    /**
     * How long a record nobody waits for (an exchange's completion record) may sit in the queue for a
     * record somebody does wait for (the next exchange's decision record) to share its fsync. At one
     * connection every exchange otherwise paid two flushes, and the next decision queued behind the
     * previous completion's: on this disk +0.2-0.4 ms on the critical path of each exchange.
     */
    static final long DEFER_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    /** Zero-filled ahead of the data at a time (see {@link ActiveSegment}): one extra flush per this much. */
    private static final long PREALLOCATE_BYTES = 4L << 20;

    private final AuditLogConfig config;
    private final Path dir;
    private final HashChain chain;
    private final CheckpointLog checkpointLog;
    private final ArrayBlockingQueue<Pending> queue;
    /**
     * Deferrable records wait here without waking the writer: at one connection the exchange's
     * completion record otherwise woke it once more per exchange only to be held for the next
     * decision record. The writer takes them with the next awaited record, or at their deadline.
     */
    private final ConcurrentLinkedQueue<Pending> deferred = new ConcurrentLinkedQueue<>();
    private final AtomicInteger deferredCount = new AtomicInteger();
    /** True while the writer waits longer than a deferred record may (nothing deferred when it parked). */
    private volatile boolean parkedLong;
    /** Set by the writer after its last pass over both queues. */
    private volatile boolean writerDone;
    /** When the writer last wrote a batch (writer thread only); within {@link #BUSY_NANOS} it is "busy". */
    private long lastBatchNanos;
    private static final long BUSY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private final AtomicLong spoolBytes = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final Thread thread;
    private ActiveSegment segment;
    private volatile boolean running = true;
    private volatile long durableSeq;
    private volatile long checkpointedSize;
    private volatile long unavailableUntilNanos;
    private volatile String lastFailure;
    private long lastCheckpointNanos = System.nanoTime();
    /** Signs and persists checkpoints, so neither the signature nor the checkpoint's fsync delays a batch. */
    private final ExecutorService checkpointer;
    /** Durable records for the shipper, once one is attached (without a store nobody would take them). */
    private volatile DurableHandoff handoff;
    /** Set by the writer when it hands a snapshot over, cleared by the checkpointer: one at a time. */
    private final AtomicBoolean checkpointInFlight = new AtomicBoolean();

    private SpoolWriter(AuditLogConfig config, Path dir, HashChain chain, CheckpointLog checkpointLog,
            long checkpointedSize) throws IOException {
        this.config = config;
        this.dir = dir;
        this.chain = chain;
        this.checkpointLog = checkpointLog;
        this.checkpointedSize = checkpointedSize;
        this.durableSeq = chain.lastSeq();
        this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
        for (Path p : Segments.list(dir)) {
            spoolBytes.addAndGet(Files.size(p));
        }
        this.segment = openSegment(chain.lastSeq() + 1);
        this.thread = Thread.ofPlatform().name("audit-spool-writer-" + config.instance()).daemon(true)
                .unstarted(this::run);
        this.checkpointer = Executors.newSingleThreadExecutor(Thread.ofPlatform()
                .name("audit-checkpointer-" + config.instance()).daemon(true).factory());
    }

    /**
     * Recovers the spool in {@code dir} (cutting a torn tail), signs a checkpoint over whatever was
     * recovered but not yet checkpointed, and starts the writer thread.
     */
    public static SpoolWriter open(AuditLogConfig config, io.portcullis.audit.crypto.KeyRing keys) throws IOException {
        Path dir = config.spoolDir();
        Files.createDirectories(dir);
        CheckpointLog cpLog = CheckpointLog.open(dir);
        SpoolRecovery.Result rec = SpoolRecovery.recover(dir, config.instance(), keys, cpLog.last());
        SpoolWriter w = new SpoolWriter(config, dir, rec.chain(), cpLog, rec.checkpointedSize());
        if (rec.chain().lastSeq() > rec.checkpointedSize()) {
            // no record may stay unsigned: cover what the last run left before taking anything new
            w.checkpoint();
            LOG.info("audit spool: recovered {} records of {} up to seq {}, signed a recovery checkpoint",
                    rec.chain().lastSeq() - rec.checkpointedSize(), config.instance(), rec.chain().lastSeq());
        }
        w.thread.start();
        return w;
    }

    public CompletableFuture<AuditRecord> append(AuditRecord draft) {
        return enqueue(draft, false);
    }

    /**
     * Like {@link #append}, for a record nobody waits on: it is written with the next record somebody
     * does wait for, or after at most {@link #DEFER_NANOS}, whichever comes first.
     */
    public CompletableFuture<AuditRecord> appendDeferrable(AuditRecord draft) {
        return enqueue(draft, true);
    }

    private CompletableFuture<AuditRecord> enqueue(AuditRecord draft, boolean deferrable) {
        if (!running) {
            return reject("audit log is closed");
        }
        if (System.nanoTime() - unavailableUntilNanos < 0) {
            return reject("audit spool is failing: " + lastFailure);
        }
        if (spoolBytes.get() >= config.maxSpoolBytes()) {
            return reject("audit spool is full (" + spoolBytes.get() + " bytes unshipped)");
        }
        Pending p = new Pending(draft, new CompletableFuture<>(), System.nanoTime());
        if (deferrable) {
            if (deferredCount.incrementAndGet() > config.queueCapacity()) {
                deferredCount.decrementAndGet();
                return reject("audit queue is full");
            }
            deferred.add(p);
            if (parkedLong) {
                queue.offer(WAKE); // a full queue wakes the writer anyway
            }
            return afterClose(p);
        }
        if (!queue.offer(p)) {
            return reject("audit queue is full");
        }
        return afterClose(p);
    }

    /**
     * A record added while close() raced past the running check above: if the writer has already made
     * its last pass, nobody will write it, so it fails here (completing twice is harmless: the first
     * outcome stays).
     */
    private CompletableFuture<AuditRecord> afterClose(Pending p) {
        if (writerDone) {
            p.done().completeExceptionally(new AuditUnavailableException("audit log closed"));
        }
        return p.done();
    }

    private CompletableFuture<AuditRecord> reject(String why) {
        rejected.incrementAndGet();
        return CompletableFuture.failedFuture(new AuditUnavailableException(why));
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(config.maxBatch());
        while (running || !queue.isEmpty() || !deferred.isEmpty()) {
            try {
                Pending first = queue.poll(waitNanos(), TimeUnit.NANOSECONDS);
                parkedLong = false;
                if (first == WAKE) {
                    continue; // a deferred record arrived while parked long: wait for it, or its deadline
                }
                Pending oldest = deferred.peek();
                boolean due = oldest != null && System.nanoTime() - (oldest.queuedNanos() + DEFER_NANOS) >= 0;
                if (first != null || due || (!running && oldest != null)) {
                    takeDeferred(batch, first == null ? config.maxBatch() : config.maxBatch() - 1); // queued before first
                    if (first != null) {
                        batch.add(first);
                    }
                    queue.drainTo(batch, Math.max(0, config.maxBatch() - batch.size()));
                    batch.removeIf(p -> p == WAKE);
                    if (!batch.isEmpty()) {
                        writeBatch(batch);
                        lastBatchNanos = System.nanoTime();
                    }
                    batch.clear();
                }
                maybeCheckpoint();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                LOG.error("audit spool writer: unexpected failure", e);
                batch.forEach(p -> p.done().completeExceptionally(new AuditUnavailableException("writer failed", e)));
                batch.clear();
            }
        }
        failLeftovers();
        writerDone = true;
        failLeftovers(); // what was added between the first pass and the flag (see enqueue)
    }

    private void failLeftovers() {
        AuditUnavailableException closed = new AuditUnavailableException("audit log closed");
        Pending left;
        while ((left = queue.poll()) != null) {
            if (left != WAKE) {
                left.done().completeExceptionally(closed);
            }
        }
        while ((left = deferred.poll()) != null) {
            deferredCount.decrementAndGet();
            left.done().completeExceptionally(closed);
        }
    }

    /**
     * Until the oldest deferred record's deadline when one waits. Otherwise, while records flow, no
     * longer than a deferred record may wait, so one deferred meanwhile is noticed without a wake-up;
     * when idle, long (bounded so close() and checkpoints are noticed), announcing it so a record
     * deferred meanwhile wakes the writer.
     */
    private long waitNanos() {
        Pending oldest = deferred.peek();
        if (oldest == null && System.nanoTime() - lastBatchNanos < BUSY_NANOS) {
            return DEFER_NANOS;
        }
        if (oldest == null) {
            parkedLong = true;
            oldest = deferred.peek(); // deferred between the peek and the flag: do not park past its deadline
        }
        if (oldest != null) {
            return Math.max(0, oldest.queuedNanos() + DEFER_NANOS - System.nanoTime());
        }
        return TimeUnit.MILLISECONDS.toNanos(Math.clamp(millisToNextCheckpoint(), 1, 100));
    }

    private void takeDeferred(List<Pending> batch, int max) {
        Pending p;
        while (batch.size() < max && (p = deferred.poll()) != null) {
            deferredCount.decrementAndGet();
            batch.add(p);
        }
    }

    private void writeBatch(List<Pending> batch) {
        HashChain.Mark mark = chain.mark();
        List<HashChain.Linked> linked = new ArrayList<>(batch.size());
        List<Pending> accepted = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            try {
                linked.add(chain.link(p.draft()));
                accepted.add(p);
            } catch (RuntimeException e) {
                // a draft the canonical form cannot carry fails alone; the chain did not move for it
                p.done().completeExceptionally(e);
            }
        }
        if (accepted.isEmpty()) {
            return;
        }
        List<AuditRecord> sealed;
        try {
            // signatures and serialisation do not depend on each other: spread them over the cores
            List<HashChain.Sealed> done = (linked.size() >= PARALLEL_FROM ? linked.parallelStream() : linked.stream())
                    .map(l -> chain.seal(l, config.recordSignatures())).toList();
            sealed = done.stream().map(HashChain.Sealed::record).toList();
            ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 1024);
            for (HashChain.Sealed d : done) {
                out.writeBytes((d.line() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            rollIfFull(mark.lastSeq() + 1);
            segment.append(ByteBuffer.wrap(out.toByteArray()));
            DurableHandoff h = handoff;
            if (h != null) {
                h.offer(done);
            }
            spoolBytes.addAndGet(out.size());
            durableSeq = chain.lastSeq();
        } catch (IOException | RuntimeException e) {
            chain.rollback(mark);
            lastFailure = e.toString();
            unavailableUntilNanos = System.nanoTime() + RETRY_AFTER_FAILURE_NANOS;
            LOG.error("audit spool: group commit of {} records failed; appends refused for a while", accepted.size(), e);
            try {
                segment.cutToData();
            } catch (IOException ignored) {
                // the recovery on next start cuts whatever torn bytes remain
            }
            AuditUnavailableException failure = new AuditUnavailableException("audit spool write failed", e);
            accepted.forEach(p -> p.done().completeExceptionally(failure));
            return;
        }
        for (int i = 0; i < accepted.size(); i++) {
            accepted.get(i).done().complete(sealed.get(i));
        }
    }

    private long millisToNextCheckpoint() {
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastCheckpointNanos);
        return config.checkpointInterval().toMillis() - elapsed;
    }

    /**
     * Due checkpoints are frozen here (the chain is the writer's) and signed and written on the
     * checkpointer thread: a batch arriving meanwhile waits for its own fsync only — with SM2 a
     * checkpoint signature alone takes ~0.5 ms, and the checkpoint log's fsync is a second one.
     */
    private void maybeCheckpoint() {
        long pending = chain.lastSeq() - checkpointedSize;
        if (pending > 0 && (pending >= config.checkpointEveryRecords() || millisToNextCheckpoint() <= 0)
                && checkpointInFlight.compareAndSet(false, true)) {
            HashChain.Snapshot snapshot = chain.snapshot();
            lastCheckpointNanos = System.nanoTime();
            checkpointer.execute(() -> {
                try {
                    persist(snapshot);
                } catch (IOException | RuntimeException e) {
                    LOG.error("audit spool: could not write a checkpoint; retrying", e);
                } finally {
                    checkpointInFlight.set(false);
                }
            });
        }
    }

    /** Signs and persists a checkpoint now, on the calling thread (start and close, when nothing else runs). */
    private void checkpoint() throws IOException {
        persist(chain.snapshot());
        lastCheckpointNanos = System.nanoTime();
    }

    private void persist(HashChain.Snapshot snapshot) throws IOException {
        SignedCheckpoint cp = snapshot.sign(Instant.now());
        checkpointLog.append(cp, snapshot.range());
        checkpointedSize = cp.treeSize();
    }

    /** Starts a new segment, named after the first seq it will hold, once the current one is full. */
    private void rollIfFull(long firstSeqOfBatch) throws IOException {
        if (segment.size() >= config.segmentBytes()) {
            // the new one first: if it cannot be opened, the current segment stays in place for the retry
            ActiveSegment full = segment;
            segment = openSegment(firstSeqOfBatch);
            full.close();
        }
    }

    private ActiveSegment openSegment(long nextSeq) throws IOException {
        List<Path> existing = Segments.list(dir);
        Path p;
        if (!existing.isEmpty() && Files.size(existing.getLast()) < config.segmentBytes()) {
            p = existing.getLast();
        } else {
            p = Segments.path(dir, nextSeq);
        }
        ActiveSegment opened = ActiveSegment.open(p, Math.min(PREALLOCATE_BYTES, config.segmentBytes()));
        try {
            Segments.syncDirectory(dir); // also when reopening: an earlier attempt may have created it unsynced
        } catch (IOException e) {
            opened.close();
            throw e;
        }
        return opened;
    }

    /**
     * Deletes whole segments every record of which is both shipped and under a checkpoint (the active
     * segment is never deleted). Called by the shipper.
     */
    public synchronized void release(long shippedSeq) throws IOException {
        long safe = Math.min(shippedSeq, checkpointedSize);
        List<Path> segs = Segments.list(dir);
        for (int i = 0; i + 1 < segs.size(); i++) {
            long lastSeqInSegment = Segments.firstSeq(segs.get(i + 1)) - 1;
            if (lastSeqInSegment > safe) {
                break;
            }
            long size = Files.size(segs.get(i));
            Files.delete(segs.get(i));
            spoolBytes.addAndGet(-size);
        }
    }

    /** From now on, durable records are also handed to the caller (the shipper) in memory. */
    DurableHandoff attachHandoff(long capacityChars) {
        DurableHandoff h = new DurableHandoff(capacityChars);
        handoff = h;
        return h;
    }

    /** Checkpoints from a logical offset of the checkpoint log (0: all it holds); for the shipper. */
    CheckpointLog.Tail checkpointsFrom(long offset) throws IOException {
        return checkpointLog.readFrom(offset);
    }

    /** Lets the checkpoint log drop what the shipper has shipped (called with its persisted cursor). */
    void releaseCheckpoints(long shippedTreeSize) throws IOException {
        checkpointLog.compact(shippedTreeSize, CheckpointLog.COMPACT_AT_BYTES);
    }

    public Path directory() {
        return dir;
    }

    public String instance() {
        return config.instance();
    }

    public long durableSeq() {
        return durableSeq;
    }

    public long checkpointedSize() {
        return checkpointedSize;
    }

    public long spoolBytes() {
        return spoolBytes.get();
    }

    public int queueDepth() {
        return queue.size() + deferredCount.get();
    }

    public long rejectedAppends() {
        return rejected.get();
    }

    /** Stops taking appends, writes what is queued, signs a final checkpoint, closes the files. */
    @Override
    public void close() throws IOException {
        if (!running) {
            return;
        }
        running = false;
        try {
            thread.join(10_000);
            checkpointer.shutdown();
            checkpointer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            // The writer is stuck in a write or fsync: trimming its segment now could cut bytes it is
            // about to acknowledge. Leave the files as they are; the next start's recovery trims,
            // re-checks and signs what is there.
            LOG.error("audit spool writer of {} still busy after 10 s (disk stalled?); leaving the spool to recovery",
                    config.instance());
            return;
        }
        if (chain.lastSeq() > checkpointedSize) {
            checkpoint();
        }
        segment.close();
        checkpointLog.close();
    }
}
