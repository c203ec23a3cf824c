package io.portcullis.audit.spool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.audit.chain.CompactRange;
import io.portcullis.audit.crypto.HashAlgorithm;
import io.portcullis.audit.json.CanonicalJson;
import io.portcullis.audit.json.CheckpointCodec;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.SignedCheckpoint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code checkpoints.jsonl}: one signed checkpoint per line, each with the Merkle range it was computed
 * from ({@code range}), so a restart resumes the tree without the records the shipper already removed.
 * Written with fsync; a torn last line is cut on open.
 *
 * <p>Bounded: a restart needs only the last entry, and the shipper only entries it has not shipped, so once
 * the file passes {@link #COMPACT_AT_BYTES} and everything in it is shipped, {@link #compact} replaces it
 * (write a new file, fsync, atomic rename) with its last line alone. Readers address entries by a logical
 * offset (bytes ever appended) that stays valid across a compaction.
 */
final class CheckpointLog implements AutoCloseable {
    static final String FILE = "checkpoints.jsonl";
    /** ~2,500 checkpoints: about 40 minutes at one a second (the file grew ~35 MB a day before). */
    static final long COMPACT_AT_BYTES = 1L << 20;
    private static final String RANGE = "range";

    record Entry(SignedCheckpoint checkpoint, List<String> range) {
        CompactRange compactRange(HashAlgorithm alg) {
            return CompactRange.restore(alg, checkpoint.treeSize(), range);
        }
    }

    private final Path dir;
    private FileChannel channel;
    /** Logical offset of the file's first byte: what compactions have removed so far. */
    private long base;
    /** The last complete entry, as its line (with the newline) and parsed. */
    private byte[] lastLine;
    private Entry last;

    private CheckpointLog(Path dir, FileChannel channel, byte[] lastLine, Entry last) {
        this.dir = dir;
        this.channel = channel;
        this.lastLine = lastLine;
        this.last = last;
    }

    /** Opens for appending after cutting a torn tail; keeps only the last entry in memory. */
    static CheckpointLog open(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        byte[] all = Files.readAllBytes(file);
        int start = 0;
        byte[] lastLine = null;
        Entry last = null;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                Entry e = parse(new String(all, start, i - start, StandardCharsets.UTF_8));
                if (e == null) {
                    break;
                }
                last = e;
                lastLine = Arrays.copyOfRange(all, start, i + 1);
                start = i + 1;
            }
        }
        if (start < ch.size()) {
            ch.truncate(start);
            ch.force(true);
        }
        ch.position(start);
        return new CheckpointLog(dir, ch, lastLine, last);
    }

    /** The last checkpoint written (null for a new spool): where a restart resumes the chain. */
    synchronized Entry last() {
        return last;
    }

    /** Complete entries starting at a logical offset, and the logical offset after the last one. */
    record Tail(List<Entry> entries, long nextOffset) {
    }

    /**
     * Entries from logical offset {@code offset} (0: everything the file still holds). An offset a
     * compaction removed reads from the file's start: the kept entry again, which the caller has shipped.
     */
    synchronized Tail readFrom(long offset) throws IOException {
        List<Entry> out = new ArrayList<>();
        long from = Math.max(0, offset - base);
        ByteBuffer buf;
        // a channel of its own: the shipper drains the log after the writer has closed it
        try (FileChannel ch = FileChannel.open(dir.resolve(FILE), StandardOpenOption.READ)) {
            long size = ch.size();
            if (size <= from) {
                return new Tail(out, base + from);
            }
            buf = ByteBuffer.allocate((int) Math.min(size - from, 16L << 20));
            ch.read(buf, from);
        }
        byte[] b = buf.array();
        int start = 0;
        for (int i = 0; i < buf.position(); i++) {
            if (b[i] == '\n') {
                Entry e = parse(new String(b, start, i - start, StandardCharsets.UTF_8));
                if (e == null) {
                    break;
                }
                out.add(e);
                start = i + 1;
            }
        }
        return new Tail(out, base + from + start);
    }

    synchronized void append(SignedCheckpoint c, CompactRange range) throws IOException {
        ObjectNode o = CheckpointCodec.toTree(c);
        range.export().forEach(o.putArray(RANGE)::add);
        byte[] line = (CanonicalJson.string(o) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.wrap(line);
        while (b.hasRemaining()) {
            channel.write(b);
        }
        channel.force(false);
        lastLine = line;
        last = new Entry(c, range.export());
    }

    /**
     * Replaces the file with its last line once it is over {@code maxBytes} and every checkpoint in it is
     * shipped ({@code shippedTreeSize} at least the last one's size). Crash-safe: the new file is complete
     * and fsynced before the rename, so the file is always either the old one or the compacted one.
     */
    synchronized boolean compact(long shippedTreeSize, long maxBytes) throws IOException {
        if (!channel.isOpen()) {
            return false; // closed: the next start compacts
        }
        long size = channel.size();
        if (size <= maxBytes || last == null || shippedTreeSize < last.checkpoint().treeSize()) {
            return false;
        }
        Path file = dir.resolve(FILE);
        Path tmp = dir.resolve(FILE + ".tmp");
        try (FileChannel t = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer b = ByteBuffer.wrap(lastLine);
            while (b.hasRemaining()) {
                t.write(b);
            }
            t.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Segments.syncDirectory(dir);
        channel.close();
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        channel.position(channel.size());
        base += size - lastLine.length; // the kept line keeps its logical offset
        return true;
    }

    private static Entry parse(String line) {
        try {
            JsonNode o = RecordCodec.MAPPER.readTree(line);
            List<String> range = new ArrayList<>();
            o.path(RANGE).forEach(n -> range.add(n.asText()));
            return new Entry(CheckpointCodec.fromTree(o), range);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
