package io.portcullis.audit.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.audit.AuditLogConfig;
import io.portcullis.audit.Drafts;
import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.crypto.SigningSuite;
import io.portcullis.audit.model.AuditRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A segment roll that fails once (as EMFILE or ENOSPC would) refuses that batch, and the writer works
 * again once the cause is gone: the full segment stays in place until the next one is open.
 * (Found in review: closing the full segment first left the writer on a closed channel for good.)
 */
class RollFailureTest {
    @TempDir
    Path dir;

    @Test
    void aTransientRollFailureRefusesOneBatchAndTheWriterRecovers() throws Exception {
        Path spool = dir.resolve("spool");
        Path keyFile = dir.resolve("keys/audit.pem");
        AuditLogConfig config = AuditLogConfig.defaults(spool, "filter-1", keyFile, SigningSuite.ED25519)
                .withCheckpoints(1_000_000, Duration.ofHours(1)).withLimits(1024, 40_000, 1L << 30);
        SpoolWriter w = SpoolWriter.open(config, KeyRing.forWriter(keyFile, SigningSuite.ED25519));
        int i = 0;
        while (w.spoolBytes() < 40_000) {
            w.append(Drafts.draft(i++)).get(2, TimeUnit.SECONDS);
        }
        long before = w.durableSeq();
        Path blocker = Segments.path(spool, before + 1); // the next segment's name, taken by a directory
        Files.createDirectory(blocker);
        assertThrows(ExecutionException.class, () -> w.append(Drafts.draft(1000)).get(2, TimeUnit.SECONDS));
        Files.delete(blocker);

        AuditRecord after = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (after == null && System.nanoTime() < deadline) {
            try {
                after = w.append(Drafts.draft(2000)).get(2, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                Thread.sleep(100); // appends are refused for a moment after a failed commit
            }
        }
        assertTrue(after != null, "the writer accepts records again once the segment can be opened");
        assertEquals(before + 1, after.seq(), "the refused batch left no gap in the chain");
        w.close();
        assertEquals(2, Segments.list(spool).size(), "the roll happened on the retry");
    }
}
