package io.portcullis.audit.store;

import io.portcullis.audit.model.AuditRecord;
import java.util.Comparator;

/**
 * Search order of records — (time, instance, seq) — and the {@code search_after} cursor. Printed as
 * {@code <epochMillis>:<seq>:<instance>} so it survives a round trip through a CLI flag or a URL.
 */
public record SortKey(long timeMillis, String instance, long seq) implements Comparable<SortKey> {
    public static final Comparator<SortKey> ORDER = Comparator.comparingLong(SortKey::timeMillis)
            .thenComparing(SortKey::instance).thenComparingLong(SortKey::seq);

    public static SortKey of(AuditRecord r) {
        return new SortKey(r.time().toEpochMilli(), r.instance(), r.seq());
    }

    public static SortKey parse(String s) {
        String[] parts = s.split(":", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("cursor must be <millis>:<seq>:<instance>");
        }
        return new SortKey(Long.parseLong(parts[0]), parts[2], Long.parseLong(parts[1]));
    }

    @Override
    public int compareTo(SortKey o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return timeMillis + ":" + seq + ":" + instance;
    }
}
