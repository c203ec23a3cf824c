package io.portcullis.audit.spool;

import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.AuditRecord;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads records back from the spool in seq order, remembering where it stopped so sequential reads
 * (the shipper's) cost one positioned read per batch. Only reads what the writer reported durable, so it
 * never sees half a line.
 */
final class SpoolReader {
    private static final int CHUNK = 1 << 20;

    private final Path dir;
    private Path segment;
    private long offset;
    private long nextSeq = -1;

    SpoolReader(Path dir) {
        this.dir = dir;
    }

    /** Up to {@code max} records with seq in [fromSeq, upToSeq]. */
    List<AuditRecord> read(long fromSeq, long upToSeq, int max) throws IOException {
        List<AuditRecord> out = new ArrayList<>();
        if (fromSeq > upToSeq) {
            return out;
        }
        if (fromSeq != nextSeq || segment == null) {
            locate(fromSeq);
        }
        while (out.size() < max && nextSeq <= upToSeq && segment != null) {
            int before = out.size();
            try {
                readChunk(upToSeq, max, out);
            } catch (NoSuchFileException e) {
                locate(nextSeq);
                continue;
            }
            if (out.size() == before) {
                // end of this segment: continue in the next one, if it starts where we are
                Path next = Segments.path(dir, nextSeq);
                if (next.toFile().exists() && !next.equals(segment)) {
                    segment = next;
                    offset = 0;
                } else {
                    break;
                }
            }
        }
        return out;
    }

    private void readChunk(long upToSeq, int max, List<AuditRecord> out) throws IOException {
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(CHUNK);
            int n = ch.read(buf, offset);
            if (n <= 0) {
                return;
            }
            byte[] b = buf.array();
            int consumed = 0;
            for (int i = 0; i < n && out.size() < max; i++) {
                if (b[i] != '\n') {
                    continue;
                }
                AuditRecord r = RecordCodec.fromJson(new String(b, consumed, i - consumed, StandardCharsets.UTF_8));
                if (r.seq() > upToSeq) {
                    break;
                }
                if (r.seq() >= nextSeq) {
                    out.add(r);
                    nextSeq = r.seq() + 1;
                }
                consumed = i + 1;
            }
            offset += consumed;
        }
    }

    private void locate(long seq) throws IOException {
        segment = null;
        for (Path p : Segments.list(dir)) {
            if (Segments.firstSeq(p) <= seq) {
                segment = p;
            }
        }
        offset = 0;
        nextSeq = seq;
        if (segment == null) {
            return;
        }
        // skip the records below seq inside the segment
        nextSeq = Segments.firstSeq(segment);
        List<AuditRecord> skipped = new ArrayList<>();
        while (nextSeq < seq) {
            long before = offset;
            skipped.clear();
            readChunk(seq - 1, Integer.MAX_VALUE, skipped);
            if (offset == before) {
                break;
            }
        }
        nextSeq = seq;
    }
}
