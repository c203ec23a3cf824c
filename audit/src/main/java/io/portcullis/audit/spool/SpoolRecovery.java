package io.portcullis.audit.spool;

import io.portcullis.audit.chain.CompactRange;
import io.portcullis.audit.chain.HashChain;
import io.portcullis.audit.chain.RecordSealer;
import io.portcullis.audit.crypto.AuditPublicKey;
import io.portcullis.audit.crypto.HashAlgorithm;
import io.portcullis.audit.crypto.KeyRing;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.AuditRecord;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the chain of an instance from its spool after a restart or a crash: start from the last
 * checkpoint (its head and Merkle range), then re-check and replay every later record (hash recomputed,
 * seq and prev_hash continuous). The zero-filled space a writer keeps ahead of its data is trimmed. A
 * torn or invalid tail of the LAST segment is cut — only unacknowledged
 * group-commit batches can be torn there. Damage anywhere else is not a crash artefact, so recovery stops
 * with an error instead of throwing acknowledged records away.
 */
final class SpoolRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(SpoolRecovery.class);

    record Result(HashChain chain, long checkpointedSize, long bytesCut) {
    }

    private SpoolRecovery() {
    }

    static Result recover(Path dir, String instance, KeyRing keys, CheckpointLog.Entry last)
            throws IOException {
        var key = keys.signingKey();
        HashAlgorithm alg = key.suite().hash();
        long lastSeq = 0;
        String head = RecordSealer.GENESIS;
        CompactRange range = new CompactRange(alg);
        long checkpointed = 0;
        if (last != null) {
            Optional<AuditPublicKey> cpKey = keys.find(last.checkpoint().keyId());
            if (cpKey.isPresent() && cpKey.get().suite() != key.suite()) {
                throw new IOException("the spool's chain was signed with " + cpKey.get().suite().wire()
                        + "; a different suite needs a new instance id");
            }
            checkpointed = last.checkpoint().treeSize();
            lastSeq = checkpointed;
            head = last.checkpoint().headHash();
            range = last.compactRange(alg);
        }
        List<Path> segments = Segments.list(dir);
        long cut = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (i + 1 < segments.size() && Segments.firstSeq(segments.get(i + 1)) <= lastSeq + 1) {
                continue; // every record of this segment is already under the checkpoint
            }
            byte[] bytes = Files.readAllBytes(segments.get(i));
            int start = 0;
            int bad = -1;
            int zeroTail = -1;
            String why = null;
            while (start < bytes.length) {
                if (bytes[start] == 0 && Segments.zeroFrom(bytes, start)) {
                    zeroTail = start; // space the writer zero-filled ahead of its data (ActiveSegment)
                    break;
                }
                int nl = indexOf(bytes, (byte) '\n', start);
                if (nl < 0) {
                    bad = start;
                    why = "incomplete last line";
                    break;
                }
                AuditRecord r;
                try {
                    r = RecordCodec.fromJson(new String(bytes, start, nl - start, StandardCharsets.UTF_8));
                } catch (RuntimeException e) {
                    bad = start;
                    why = "unparsable line";
                    break;
                }
                if (r.seq() > lastSeq) {
                    byte[] hash = RecordSealer.hashBytes(alg, r);
                    if (r.seq() != lastSeq + 1 || !head.equals(r.prevHash()) || !instance.equals(r.instance())
                            || !HexFormat.of().formatHex(hash).equals(r.hash())) {
                        bad = start;
                        why = "record " + r.seq() + " does not continue the chain at " + lastSeq;
                        break;
                    }
                    range.append(hash);
                    lastSeq = r.seq();
                    head = r.hash();
                }
                start = nl + 1;
            }
            if (bad >= 0) {
                if (i != segments.size() - 1) {
                    throw new IOException("spool segment " + segments.get(i) + " is damaged at byte " + bad + " ("
                            + why + ") and later segments exist: refusing to drop acknowledged records");
                }
                cut = bytes.length - bad;
                LOG.warn("audit spool: cutting {} torn bytes from {} at offset {} ({}); chain resumes at seq {}",
                        cut, segments.get(i).getFileName(), bad, why, lastSeq);
                truncate(segments.get(i), bad);
            } else if (zeroTail >= 0) {
                truncate(segments.get(i), zeroTail);
            }
        }
        return new Result(new HashChain(instance, key, lastSeq, head, range), checkpointed, cut);
    }

    private static void truncate(Path segment, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            ch.truncate(size);
            ch.force(true);
        }
    }

    private static int indexOf(byte[] b, byte v, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
