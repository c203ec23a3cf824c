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
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code checkpoints.jsonl}: one signed checkpoint per line, each with the Merkle range it was computed
 * from ({@code range}), so a restart resumes the tree without the records the shipper already removed.
 * Written with fsync; a torn last line is cut on open.
 */
final class CheckpointLog implements AutoCloseable {
    static final String FILE = "checkpoints.jsonl";
    private static final String RANGE = "range";

    record Entry(SignedCheckpoint checkpoint, List<String> range) {
        CompactRange compactRange(HashAlgorithm alg) {
            return CompactRange.restore(alg, checkpoint.treeSize(), range);
        }
    }

    private final FileChannel channel;

    private CheckpointLog(FileChannel channel) {
        this.channel = channel;
    }

    /** Opens for appending after cutting a torn tail; returns the valid entries through {@code entries}. */
    static CheckpointLog open(Path dir, List<Entry> entries) throws IOException {
        Path file = dir.resolve(FILE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        long valid = 0;
        byte[] all = Files.readAllBytes(file);
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                Entry e = parse(new String(all, start, i - start, StandardCharsets.UTF_8));
                if (e == null) {
                    break;
                }
                entries.add(e);
                start = i + 1;
                valid = start;
            }
        }
        if (valid < ch.size()) {
            ch.truncate(valid);
            ch.force(true);
        }
        ch.position(valid);
        return new CheckpointLog(ch);
    }

    /** Complete entries starting at byte {@code offset}, and the offset after the last one. */
    record Tail(List<Entry> entries, long nextOffset) {
    }

    static Tail readFrom(Path dir, long offset) throws IOException {
        Path file = dir.resolve(FILE);
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return new Tail(out, offset);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size <= offset) {
                return new Tail(out, offset);
            }
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(size - offset, 16L << 20));
            ch.read(buf, offset);
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
            return new Tail(out, offset + start);
        }
    }

    void append(SignedCheckpoint c, CompactRange range) throws IOException {
        ObjectNode o = CheckpointCodec.toTree(c);
        range.export().forEach(o.putArray(RANGE)::add);
        ByteBuffer b = ByteBuffer.wrap((CanonicalJson.string(o) + "\n").getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            channel.write(b);
        }
        channel.force(false);
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
    public void close() throws IOException {
        channel.close();
    }
}
