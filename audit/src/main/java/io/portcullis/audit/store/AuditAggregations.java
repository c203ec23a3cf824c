package io.portcullis.audit.store;

import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.RecordKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Buckets for auditors: by route (origin->destination, field {@link IndexFields#ROUTE}), by action and by
 * entity type ({@link IndexFields#ENTITY_TYPES}). In every bucket: {@code records} = matching records,
 * {@code exchanges} = matching decision records (one per exchange), token sums over matching records
 * (only completion records carry tokens). Buckets are sorted by records descending, then key.
 *
 * <p>{@link Accumulator} is the reference computation; a store that aggregates natively (Elasticsearch
 * terms + filter + sum) must produce the same numbers.
 */
public record AuditAggregations(List<Bucket> byRoute, List<Bucket> byAction, List<Bucket> byEntityType) {

    public record Bucket(String key, long records, long exchanges, long inputTokens, long outputTokens) {
    }

    public static final Comparator<Bucket> ORDER =
            Comparator.comparingLong(Bucket::records).reversed().thenComparing(Bucket::key);

    /** Reference aggregation: feed every matching record, then {@link #result()}. */
    public static final class Accumulator {
        private final Map<String, long[]> route = new HashMap<>();
        private final Map<String, long[]> action = new HashMap<>();
        private final Map<String, long[]> entity = new HashMap<>();

        public void add(AuditRecord r) {
            addTo(route, IndexFields.route(r), r);
            if (r.action() != null) {
                addTo(action, r.action(), r);
            }
            for (String type : IndexFields.entityTypes(r)) {
                addTo(entity, type, r);
            }
        }

        public AuditAggregations result() {
            return new AuditAggregations(buckets(route), buckets(action), buckets(entity));
        }

        private static void addTo(Map<String, long[]> m, String key, AuditRecord r) {
            long[] b = m.computeIfAbsent(key, k -> new long[4]);
            b[0]++;
            if (r.kind() == RecordKind.DECISION) {
                b[1]++;
            }
            b[2] += r.inputTokens() == null ? 0 : r.inputTokens();
            b[3] += r.outputTokens() == null ? 0 : r.outputTokens();
        }

        private static List<Bucket> buckets(Map<String, long[]> m) {
            List<Bucket> out = new ArrayList<>();
            m.forEach((k, b) -> out.add(new Bucket(k, b[0], b[1], b[2], b[3])));
            out.sort(ORDER);
            return out;
        }
    }
}
