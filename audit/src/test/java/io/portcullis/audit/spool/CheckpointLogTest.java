package io.portcullis.audit.spool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.audit.Drafts;
import io.portcullis.audit.chain.HashChain;
import io.portcullis.audit.crypto.AuditPublicKey;
import io.portcullis.audit.crypto.HashAlgorithm;
import io.portcullis.audit.crypto.PemKeys;
import io.portcullis.audit.crypto.SigningKey;
import io.portcullis.audit.crypto.SigningSuite;
import io.portcullis.audit.model.SignedCheckpoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkpoint log stays bounded: once everything in it is shipped it shrinks to its last entry, a reader's
 * offset stays valid across that, and a restart still finds the last checkpoint (also after a torn append).
 */
class CheckpointLogTest {
    @TempDir
    Path dir;

    private final HashChain chain;

    CheckpointLogTest() {
        KeyPair pair = PemKeys.generate(SigningSuite.ED25519);
        chain = HashChain.empty("i-1", new SigningKey(AuditPublicKey.of(pair.getPublic()), pair.getPrivate()));
    }

    private SignedCheckpoint next(CheckpointLog log) throws Exception {
        chain.link(Drafts.draft((int) chain.lastSeq()));
        SignedCheckpoint cp = chain.checkpoint(Instant.now());
        log.append(cp, chain.range());
        return cp;
    }

    private static List<Long> sizes(CheckpointLog.Tail t) {
        return t.entries().stream().map(e -> e.checkpoint().treeSize()).toList();
    }

    @Test
    void compactsToItsLastEntryOnlyOnceEverythingIsShippedAndReadersKeepTheirPlace() throws Exception {
        Path file = dir.resolve(CheckpointLog.FILE);
        try (CheckpointLog log = CheckpointLog.open(dir)) {
            for (int i = 0; i < 30; i++) {
                next(log);
            }
            CheckpointLog.Tail all = log.readFrom(0);
            assertEquals(30, all.entries().size());
            long before = Files.size(file);
            assertEquals(before, all.nextOffset());

            assertFalse(log.compact(29, 100), "checkpoint 30 is not shipped yet");
            assertFalse(log.compact(30, before), "under the size limit");
            assertTrue(log.compact(30, 100));
            assertTrue(Files.size(file) < before / 20, "one line left of " + before + " bytes");
            assertEquals(List.of(), sizes(log.readFrom(all.nextOffset())), "the reader has seen everything");
            assertEquals(List.of(30L), sizes(log.readFrom(0)), "an older offset reads the kept entry again");

            next(log);
            next(log);
            assertEquals(List.of(31L, 32L), sizes(log.readFrom(all.nextOffset())));
        }
        try (CheckpointLog log = CheckpointLog.open(dir)) {
            assertEquals(32, log.last().checkpoint().treeSize());
            assertEquals(List.of(30L, 31L, 32L), sizes(log.readFrom(0)));
            // the range kept beside the checkpoint still resumes the tree
            assertArrayEquals(chain.range().root(), log.last().compactRange(HashAlgorithm.SHA256).root());
        }
    }

    @Test
    void aTornAppendAfterACompactionIsCutAndTheLastWholeEntryResumes() throws Exception {
        try (CheckpointLog log = CheckpointLog.open(dir)) {
            for (int i = 0; i < 10; i++) {
                next(log);
            }
            assertTrue(log.compact(10, 100));
            next(log);
        }
        Files.write(dir.resolve(CheckpointLog.FILE), "{\"instance\":\"i-1\",\"tree_s".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        try (CheckpointLog log = CheckpointLog.open(dir)) {
            assertEquals(11, log.last().checkpoint().treeSize());
            assertEquals(List.of(10L, 11L), sizes(log.readFrom(0)));
        }
    }
}
