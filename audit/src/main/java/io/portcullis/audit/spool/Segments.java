package io.portcullis.audit.spool;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Naming of spool segment files: {@code segment-<first seq, 20 digits>.jsonl}, so lexical order is seq
 * order and the segment holding a seq is found from the names alone. Each line is one record's canonical
 * JSON followed by '\n'.
 */
final class Segments {
    static final String PREFIX = "segment-";
    static final String SUFFIX = ".jsonl";

    private Segments() {
    }

    static Path path(Path dir, long firstSeq) {
        return dir.resolve(PREFIX + String.format("%020d", firstSeq) + SUFFIX);
    }

    static long firstSeq(Path segment) {
        String n = segment.getFileName().toString();
        return Long.parseLong(n.substring(PREFIX.length(), n.length() - SUFFIX.length()));
    }

    /** Segment files, oldest first. */
    static List<Path> list(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            s.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    /** True when {@code b} holds only zero bytes from {@code from} on: a preallocated tail, not data. */
    static boolean zeroFrom(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Makes a created or deleted directory entry durable (Linux: fsync on the directory). */
    static void syncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems refuse fsync on directories; the file's own fsync still holds its data
            if (!(e.getMessage() != null && e.getMessage().contains("Is a directory"))) {
                throw e;
            }
        }
    }
}
