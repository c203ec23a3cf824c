package io.portcullis.audit.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The segment file the writer appends to. Space ahead of the data is zero-filled and made durable in
 * advance, so a group commit's fdatasync writes data blocks only: appending at the end of a file also
 * journals the file's new size and block allocation. Measured here (ext4;
 * audit/bench/fdatasync-append-vs-overwrite.py, results-fdatasync-20261207.txt): p50 169-173 µs and 64-65 µs
 * of kernel CPU per flush when appending, 119-120 µs and 53 µs when overwriting zero-filled space — and
 * that flush is on every exchange's path.
 *
 * <p>The zero tail is not data: the spool reader never reads past the durable records, recovery trims it
 * ({@link SpoolRecovery}), and a segment is trimmed to its data when the writer leaves it (roll, close), so only the live or a
 * crashed writer's segment ever has one.
 */
final class ActiveSegment implements AutoCloseable {
    private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(64 * 1024).asReadOnlyBuffer();

    private final FileChannel channel;
    private final long preallocateBytes;
    private long dataEnd;
    private long allocatedEnd;

    private ActiveSegment(FileChannel channel, long preallocateBytes) throws IOException {
        this.channel = channel;
        this.preallocateBytes = preallocateBytes;
        this.allocatedEnd = channel.size();
        this.dataEnd = allocatedEnd; // recovery has trimmed any zero tail a crashed writer left
    }

    /** Opens (or creates) {@code path} for appending; {@code preallocateBytes} are zero-filled at a time. */
    static ActiveSegment open(Path path, long preallocateBytes) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        return new ActiveSegment(ch, preallocateBytes);
    }

    /** Bytes of data (records) in the file. */
    long size() {
        return dataEnd;
    }

    /** Writes {@code data} after the last record and makes it durable (fdatasync). */
    void append(ByteBuffer data) throws IOException {
        ensureAllocated(dataEnd + data.remaining());
        long pos = dataEnd;
        while (data.hasRemaining()) {
            pos += channel.write(data, pos);
        }
        channel.force(false);
        dataEnd = pos;
    }

    /** After a failed {@link #append}: drops whatever it may have left beyond the last durable record. */
    void cutToData() throws IOException {
        channel.truncate(dataEnd);
        allocatedEnd = dataEnd;
    }

    private void ensureAllocated(long end) throws IOException {
        if (end <= allocatedEnd) {
            return;
        }
        long target = end + preallocateBytes;
        long pos = allocatedEnd;
        while (pos < target) {
            ByteBuffer z = ZEROS.duplicate();
            z.limit((int) Math.min(z.capacity(), target - pos));
            pos += channel.write(z, pos);
        }
        channel.force(true); // the zeros and the new size, once per chunk instead of once per commit
        allocatedEnd = target;
    }

    /** Trims the zero tail and closes: a segment the writer has left holds data only. */
    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            if (allocatedEnd > dataEnd) {
                channel.truncate(dataEnd);
                channel.force(true);
                allocatedEnd = dataEnd;
            }
        } finally {
            channel.close();
        }
    }
}
