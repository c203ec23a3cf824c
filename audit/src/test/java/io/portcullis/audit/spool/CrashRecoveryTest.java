package io.portcullis.audit.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.audit.AuditLog;
import io.portcullis.audit.AuditLogConfig;
import io.portcullis.audit.Drafts;
import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.crypto.SigningSuite;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.store.lucene.LuceneAuditStore;
import io.portcullis.audit.verify.AuditVerifier;
import io.portcullis.audit.verify.VerificationResult;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CrashRecoveryTest {
    @TempDir
    Path dir;

    private static List<AuditRecord> write(AuditLog log, int from, int n) throws Exception {
        List<CompletableFuture<AuditRecord>> fs = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            fs.add(log.append(Drafts.draft(i)));
        }
        List<AuditRecord> out = new ArrayList<>();
        for (CompletableFuture<AuditRecord> f : fs) {
            out.add(f.get());
        }
        return out;
    }

    /**
     * Writes, "crashes" (the spool as the disk holds it, copied while the writer is live, with the last
     * record torn in half), restarts: the torn record is cut, a recovery checkpoint is signed first, the
     * chain resumes, and the whole trail verifies.
     */
    @ParameterizedTest
    @EnumSource(SigningSuite.class)
    void tornTailIsCutChainResumesAndRecoveryIsSigned(SigningSuite suite) throws Exception {
        Path spool = dir.resolve("spool");
        Path keyFile = dir.resolve("keys/audit.pem");
        // checkpoints never fire on their own here: everything after the crash is covered only by recovery
        AuditLogConfig config = AuditLogConfig.defaults(spool, "filter-1", keyFile, suite)
                .withCheckpoints(1_000_000, Duration.ofHours(1)).withLimits(1024, 40_000, 1L << 30);
        KeyRing keys = KeyRing.forWriter(keyFile, suite);
        AuditLog live = AuditLog.open(config, keys, null);
        List<AuditRecord> before = new ArrayList<>();
        for (int chunk = 0; chunk < 10; chunk++) {
            before.addAll(write(live, chunk * 20, 20)); // ten group commits, so segments roll
        }
        Path crashed = dir.resolve("crashed");
        copy(spool, crashed);
        live.close();

        List<Path> segments = Segments.list(crashed);
        assertTrue(segments.size() > 1, "several segments were written");
        Path last = segments.getLast();
        byte[] bytes = Files.readAllBytes(last);
        int dataEnd = bytes.length;
        while (dataEnd > 0 && bytes[dataEnd - 1] == 0) {
            dataEnd--; // the live writer keeps zero-filled space ahead of its data
        }
        assertTrue(dataEnd < bytes.length, "the live segment has preallocated space");
        // the last record is torn: its final bytes never reached the disk, as in a crash mid-write
        Arrays.fill(bytes, dataEnd - 37, dataEnd, (byte) 0);
        Files.write(last, bytes);

        try (LuceneAuditStore store = LuceneAuditStore.open(dir.resolve("index"))) {
            AuditLog restarted = AuditLog.open(config.withCheckpoints(1_000_000, Duration.ofHours(1))
                    .withLimits(1024, 40_000, 1L << 30).withSpoolDir(crashed), keys, store);
            assertEquals(199, restarted.metrics().durableSeq(), "the torn record is cut");
            assertEquals(199, restarted.metrics().checkpointedSize(), "recovery signs a checkpoint first");
            List<AuditRecord> after = write(restarted, 1000, 50);
            assertEquals(200, after.getFirst().seq());
            assertEquals(before.get(198).hash(), after.getFirst().prevHash());
            restarted.close();
            store.refresh();
            VerificationResult v = AuditVerifier.verify(store, keys, "filter-1", null, null);
            assertTrue(v.intact(), v.summary());
            assertEquals(249, v.recordsChecked());
            assertTrue(v.checkpointsChecked() >= 2, v.summary());
        }
    }

    /** A crash with nothing torn: the live segment's zero-filled space is trimmed, no record is lost. */
    @ParameterizedTest
    @EnumSource(value = SigningSuite.class, names = "ED25519")
    void preallocatedSpaceLeftByACrashIsTrimmedAndEveryRecordKept(SigningSuite suite) throws Exception {
        Path spool = dir.resolve("spool");
        AuditLogConfig config = AuditLogConfig.defaults(spool, "filter-1", dir.resolve("k.pem"), suite)
                .withCheckpoints(1_000_000, Duration.ofHours(1)).withLimits(1024, 40_000, 1L << 30);
        KeyRing keys = KeyRing.forWriter(config.keyFile(), suite);
        AuditLog live = AuditLog.open(config, keys, null);
        List<AuditRecord> before = write(live, 0, 30);
        Path crashed = dir.resolve("crashed");
        copy(spool, crashed);
        live.close();
        Path last = Segments.list(crashed).getLast();
        byte[] copied = Files.readAllBytes(last);
        assertEquals(0, copied[copied.length - 1], "the live segment ends in zero-filled space");

        AuditLog restarted = AuditLog.open(config.withSpoolDir(crashed), keys, null);
        assertEquals(30, restarted.metrics().durableSeq(), "nothing was cut");
        byte[] trimmed = Files.readAllBytes(last);
        assertEquals('\n', trimmed[trimmed.length - 1], "recovery trimmed the zeros");
        List<AuditRecord> after = write(restarted, 100, 5);
        assertEquals(before.getLast().hash(), after.getFirst().prevHash());
        restarted.close();
        byte[] closed = Files.readAllBytes(Segments.list(crashed).getLast());
        assertEquals('\n', closed[closed.length - 1], "a closed segment holds data only");
    }

    @ParameterizedTest
    @EnumSource(value = SigningSuite.class, names = "ED25519")
    void damageBeforeTheLastSegmentStopsRecoveryInsteadOfDroppingAcknowledgedRecords(SigningSuite suite)
            throws Exception {
        Path spool = dir.resolve("spool");
        AuditLogConfig config = AuditLogConfig.defaults(spool, "filter-1", dir.resolve("k.pem"), suite)
                .withCheckpoints(1_000_000, Duration.ofHours(1)).withLimits(1024, 40_000, 1L << 30);
        KeyRing keys = KeyRing.forWriter(config.keyFile(), suite);
        AuditLog live = AuditLog.open(config, keys, null);
        for (int chunk = 0; chunk < 10; chunk++) {
            write(live, chunk * 20, 20);
        }
        Path crashed = dir.resolve("crashed");
        copy(spool, crashed);
        live.close();
        Path first = Segments.list(crashed).getFirst();
        try (FileChannel ch = FileChannel.open(first, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 100);
        }
        IOException e = assertThrows(IOException.class, () -> AuditLog.open(config.withSpoolDir(crashed), keys, null));
        assertTrue(e.getMessage().contains("refusing"), e.getMessage());
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }
}
