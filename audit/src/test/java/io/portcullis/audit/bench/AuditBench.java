package io.portcullis.audit.bench;

import io.portcullis.audit.AuditLog;
import io.portcullis.audit.AuditLogConfig;
import io.portcullis.audit.Drafts;
import io.portcullis.audit.chain.RecordSealer;
import io.portcullis.audit.crypto.AuditPublicKey;
import io.portcullis.audit.crypto.HashAlgorithm;
import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.crypto.PemKeys;
import io.portcullis.audit.crypto.SigningKey;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.json.StoredRecordLine;
import java.security.KeyPair;
import io.portcullis.audit.crypto.SigningSuite;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.store.lucene.LuceneAuditStore;
import io.portcullis.audit.verify.AuditVerifier;
import io.portcullis.audit.verify.VerificationResult;
import io.portcullis.audit.json.CanonicalJson;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Audit benchmarks, a plain main (not a unit test) whose output is kept in audit/bench/:
 * <ol>
 *   <li>throughput: records chained, covered by signatures (per record for Ed25519, checkpoints for SM2)
 *       and durably spooled (group-commit fsync) per second, with concurrent clients;</li>
 *   <li>append latency at one client (each append waits for its fsync) and under load;</li>
 *   <li>verify rate through chain, checkpoints (and per-record signatures for Ed25519) from the Lucene store.</li>
 * </ol>
 * Run: see audit/README.md ("Benchmarks").
 */
public final class AuditBench {
    /** A writer setting measured: the suite and whether every record also carries its own signature. */
    private record Variant(String name, SigningSuite suite, boolean recordSignatures) {
    }

    private static final List<Variant> VARIANTS = List.of(
            new Variant("ed25519", SigningSuite.ED25519, false),
            new Variant("sm2", SigningSuite.SM2, false),
            new Variant("ed25519+record-signatures", SigningSuite.ED25519, true));

    /** Args: seconds per throughput run, records for verify, then optionally which parts (default: all). */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int verifyRecords = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        List<String> parts = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of();
        System.out.printf("audit bench: %d cores, java %s, %d s per throughput run%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), seconds);
        if (parts.isEmpty() || parts.contains("components")) {
            components();
        }
        // in the order given (e.g. "sm2 ed25519" to see whether a variant's figures depend on running first)
        List<Variant> variants = parts.isEmpty() ? VARIANTS
                : parts.stream().flatMap(p -> VARIANTS.stream().filter(v -> v.name().equals(p))).toList();
        for (Variant v : variants) {
            Path dir = Files.createTempDirectory("audit-bench");
            throughput(dir.resolve("t"), v, 8, seconds);
            latency(dir.resolve("l"), v, 5_000);
            verify(dir.resolve("v"), v, verifyRecords);
        }
    }

    /** Single-thread cost of each step a record goes through, to see where the time goes. */
    private static void components() throws Exception {
        AuditRecord r = Drafts.draft(1).toBuilder().id("bench-1:1").instance("bench-1").seq(1)
                .prevHash(RecordSealer.GENESIS).keyId("0123456789abcdef").build();
        byte[] body = RecordCodec.hashInput(r);
        String line = RecordCodec.toCanonicalJson(r);
        System.out.printf("record: %d bytes of canonical JSON%n", body.length);
        time("canonical JSON, tree + sort", () -> CanonicalJson.bytes(RecordCodec.hashedTree(r)));
        time("canonical JSON, direct", () -> RecordCodec.hashInput(r));
        time("parse a record line, tree", () -> RecordCodec.fromTree(readTree(line)));
        time("parse a record line, streaming", () -> RecordCodec.fromJson(line));
        String stored = RecordCodec.toCanonicalJson(r.toBuilder().hash(RecordSealer.hash(HashAlgorithm.SHA256, r)).build());
        time("stored line: cut + SHA-256", () -> HashAlgorithm.SHA256.digest(StoredRecordLine.read(stored).hashedBytes()));
        time("SHA-256 of a record", () -> HashAlgorithm.SHA256.digest(body));
        time("SM3 of a record", () -> HashAlgorithm.SM3.digest(body));
        for (SigningSuite suite : SigningSuite.values()) {
            KeyPair pair = PemKeys.generate(suite);
            SigningKey key = new SigningKey(AuditPublicKey.of(pair.getPublic()), pair.getPrivate());
            byte[] hash = HashAlgorithm.SHA256.digest(body);
            byte[] sig = key.sign(hash);
            time(suite.wire() + " sign", () -> key.sign(hash));
            time(suite.wire() + " verify", () -> key.publicKey().verify(hash, sig));
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return RecordCodec.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CPU time of the whole process so far (all threads), to tell the work done from the load around it. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Wall and thread CPU time per op; on a shared machine the CPU figure is the one to compare. */
    private static void time(String what, Runnable op) {
        for (int i = 0; i < 20_000; i++) {
            op.run();
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n = 0;
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long end = t0 + 1_000_000_000L;
        while (System.nanoTime() < end) {
            op.run();
            n++;
        }
        long cpu = mx.getCurrentThreadCpuTime() - c0;
        System.out.printf("  %-30s %8.1f µs/op CPU  (%8.1f µs/op wall)%n", what, cpu / 1e3 / n,
                (System.nanoTime() - t0) / 1e3 / n);
    }

    private static AuditLogConfig config(Path dir, Variant v) {
        return AuditLogConfig.defaults(dir.resolve("spool"), "bench-1", dir.resolve("key.pem"), v.suite())
                .withCheckpoints(10_000, Duration.ofSeconds(1)).withRecordSignatures(v.recordSignatures());
    }

    private static void throughput(Path dir, Variant v, int clients, int seconds) throws Exception {
        AuditLogConfig config = config(dir, v);
        try (AuditLog log = AuditLog.open(config, null)) {
            runClients(log, clients, Math.max(3, seconds)); // warm-up: JIT compilation would count against the run
            long before = log.metrics().durableSeq();
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            runClients(log, clients, seconds);
            double secs = (System.nanoTime() - t0) / 1e9;
            long n = log.metrics().durableSeq() - before;
            double cpuPerRecord = (processCpuNanos() - c0) / 1e3 / n;
            System.out.printf("%-8s throughput: %,d records durable in %.1f s = %,.0f records/s (%d clients, "
                    + "checkpoints up to tree size %,d, %,d rejected); process CPU %.1f µs/record, clients' "
                    + "draft building included%n", v.name(), n, secs, n / secs, clients,
                    log.metrics().checkpointedSize(), log.metrics().rejectedAppends(), cpuPerRecord);
        }
    }

    /** Each client keeps up to 64 appends in flight, like a proxy with that many concurrent exchanges. */
    private static void runClients(AuditLog log, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong counter = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                ArrayDeque<CompletableFuture<AuditRecord>> window = new ArrayDeque<>();
                try {
                    while (System.nanoTime() < end) {
                        if (window.size() >= 64) {
                            window.poll().join();
                        }
                        window.add(log.append(Drafts.draft((int) (counter.incrementAndGet() % 1_000_000))));
                    }
                    window.forEach(CompletableFuture::join);
                } catch (RuntimeException e) {
                    System.out.println("client failed: " + e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /**
     * One 900-byte append + fdatasync in the same directory, right before the latency run: the floor a
     * 1-client append cannot go below, and what the disk gives at that moment on a shared machine.
     */
    private static void fsyncFloor(Path dir, int n) throws Exception {
        Files.createDirectories(dir);
        Path p = dir.resolve("fsync-probe.bin");
        long[] nanos = new long[n];
        try (FileChannel c = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            byte[] line = new byte[900];
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                c.write(ByteBuffer.wrap(line));
                c.force(false);
                nanos[i] = System.nanoTime() - t0;
            }
        } finally {
            Files.deleteIfExists(p);
        }
        Arrays.sort(nanos);
        System.out.printf("         floor: one 900-byte append + fdatasync here: p50 %.3f ms, p99 %.3f ms (%d)%n",
                nanos[n / 2] / 1e6, nanos[n * 99 / 100] / 1e6, n);
    }

    /** RAM-backed, where an fsync costs next to nothing: what the path adds to the disk, whatever the disk does. */
    private static final Path TMPFS = Path.of("/dev/shm");

    private static void latency(Path dir, Variant v, int n) throws Exception {
        fsyncFloor(dir.resolve("floor"), 2_000);
        latencyRun(dir, v, n, "waiting for durability");
        if (Files.isDirectory(TMPFS) && Files.isWritable(TMPFS)) {
            Path ram = Files.createTempDirectory(TMPFS, "audit-bench");
            try {
                latencyRun(ram, v, n, "spool on tmpfs (the path without the disk)");
            } finally {
                try (var files = Files.walk(ram)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static void latencyRun(Path dir, Variant v, int n, String what) throws Exception {
        try (AuditLog log = AuditLog.open(config(dir, v), null)) {
            for (int i = 0; i < 2_000; i++) {
                log.append(Drafts.draft(i)).join();
            }
            long[] nanos = new long[n];
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                log.append(Drafts.draft(i)).join();
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            System.out.printf("%-8s append latency, 1 client, %s: p50 %.3f ms, p99 %.3f ms, "
                    + "max %.3f ms (%d appends)%n", v.name(), what, nanos[n / 2] / 1e6, nanos[n * 99 / 100] / 1e6,
                    nanos[n - 1] / 1e6, n);
        }
    }

    interface PageRead {
        int read() throws java.io.IOException;
    }

    /**
     * Process CPU a record of reading the first 1,000-record page again and again: the read alone, not the
     * walk. Process, not thread, CPU: the record scan loads and parses its chunks on every core.
     */
    private static double readCost(PageRead read) throws Exception {
        for (int i = 0; i < 20; i++) {
            read.read();
        }
        long c0 = processCpuNanos();
        int n = 0;
        for (int i = 0; i < 50; i++) {
            n += read.read();
        }
        return (processCpuNanos() - c0) / 1e3 / n;
    }

    private static void verify(Path dir, Variant v, int n) throws Exception {
        AuditLogConfig config = config(dir, v);
        KeyRing keys = KeyRing.forWriter(config.keyFile(), v.suite());
        try (LuceneAuditStore store = LuceneAuditStore.open(dir.resolve("index"))) {
            try (AuditLog log = AuditLog.open(config, keys, store)) {
                List<CompletableFuture<AuditRecord>> pending = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    pending.add(log.append(Drafts.draft(i)));
                    if (pending.size() == 5_000) {
                        pending.forEach(CompletableFuture::join);
                        pending.clear();
                    }
                }
                pending.forEach(CompletableFuture::join);
                while (!log.shippedEverything()) {
                    Thread.sleep(50);
                }
            }
            store.refresh();
            for (int i = 0; i < 3; i++) {
                // warm-up: after one pass the JIT is still compiling, and its threads count in the process CPU
                AuditVerifier.verify(store, keys, "bench-1", null, null);
            }
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            VerificationResult r = AuditVerifier.verify(store, keys, "bench-1", null, null);
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpuPerRecord = (processCpuNanos() - c0) / 1e3 / r.recordsChecked();
            System.out.printf("%-8s verify: %,d records, %d checkpoints in %.2f s = %,.0f records/s (%s); process "
                    + "CPU %.1f µs/record%n", v.name(), r.recordsChecked(), r.checkpointsChecked(), secs,
                    r.recordsChecked() / secs, r.intact() ? "intact" : r.summary(), cpuPerRecord);
            System.out.printf("         reading stored records back: as records (per-document loads + parse, all cores) "
                    + "%.1f µs, as stored lines (sequential reader, one thread) %.1f µs of process CPU a record%n",
                    readCost(() -> store.scan("bench-1", 1, 1_000).size()),
                    readCost(() -> store.scanJson("bench-1", 1, 1_000).size()));
        }
    }
}
