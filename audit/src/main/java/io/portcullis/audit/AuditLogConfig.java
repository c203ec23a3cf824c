package io.portcullis.audit;

import io.portcullis.audit.crypto.SigningSuite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of one instance's audit log (config {@code audit: { spool-dir, signing: { algorithm, key-file } }}).
 *
 * @param checkpointEveryRecords sign a checkpoint after this many new records ...
 * @param checkpointInterval     ... or after this long with any new record (default 1 s)
 * @param queueCapacity          appends waiting for the writer; when full, append fails fast (503)
 * @param maxBatch               records per group commit (one write, one fsync)
 * @param segmentBytes           roll to a new segment file beyond this size
 * @param maxSpoolBytes          unshipped spool bound; beyond it append fails fast until the shipper drains
 * @param recordSignatures       also sign every record on its own (off by default). Every record is always
 *                               covered by the signed checkpoint over it (at most checkpointInterval later);
 *                               a record's own signature makes it checkable alone and covers the not yet
 *                               checkpointed tail, at a price: per record ~46 µs of CPU to sign and ~100 µs
 *                               to verify with Ed25519 (that caps verify at ~10,000 records/s per core), and
 *                               ~1.4 ms to sign with SM2 (~700 records/s per core)
 */
public record AuditLogConfig(Path spoolDir, String instance, Path keyFile, SigningSuite suite,
        int checkpointEveryRecords, Duration checkpointInterval, int queueCapacity, int maxBatch,
        long segmentBytes, long maxSpoolBytes, boolean recordSignatures) {

    public AuditLogConfig {
        Objects.requireNonNull(spoolDir, "spoolDir");
        Objects.requireNonNull(keyFile, "keyFile");
        Objects.requireNonNull(suite, "suite");
        if (instance == null || instance.isBlank() || !instance.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("instance id must be 1-64 of [A-Za-z0-9._-]: " + instance);
        }
        if (checkpointEveryRecords <= 0 || queueCapacity <= 0 || maxBatch <= 0 || segmentBytes <= 0
                || maxSpoolBytes <= 0 || checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException("audit log sizes and intervals must be positive");
        }
    }

    /**
     * Defaults: checkpoint every 10,000 records or 1 s, queue 16,384, batch 2,048, 64 MiB segments, 1 GiB
     * spool, no per-record signatures.
     */
    public static AuditLogConfig defaults(Path spoolDir, String instance, Path keyFile, SigningSuite suite) {
        return new AuditLogConfig(spoolDir, instance, keyFile, suite, 10_000, Duration.ofSeconds(1), 16_384, 2_048,
                64L << 20, 1L << 30, false);
    }

    public AuditLogConfig withRecordSignatures(boolean on) {
        return new AuditLogConfig(spoolDir, instance, keyFile, suite, checkpointEveryRecords, checkpointInterval,
                queueCapacity, maxBatch, segmentBytes, maxSpoolBytes, on);
    }

    public AuditLogConfig withCheckpoints(int everyRecords, Duration interval) {
        return new AuditLogConfig(spoolDir, instance, keyFile, suite, everyRecords, interval, queueCapacity, maxBatch,
                segmentBytes, maxSpoolBytes, recordSignatures);
    }

    public AuditLogConfig withSpoolDir(Path dir) {
        return new AuditLogConfig(dir, instance, keyFile, suite, checkpointEveryRecords, checkpointInterval,
                queueCapacity, maxBatch, segmentBytes, maxSpoolBytes, recordSignatures);
    }

    public AuditLogConfig withLimits(int queueCapacity, long segmentBytes, long maxSpoolBytes) {
        return new AuditLogConfig(spoolDir, instance, keyFile, suite, checkpointEveryRecords, checkpointInterval,
                queueCapacity, maxBatch, segmentBytes, maxSpoolBytes, recordSignatures);
    }
}
