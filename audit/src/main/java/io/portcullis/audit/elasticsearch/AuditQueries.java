package io.portcullis.audit.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.store.AuditQuery;
import io.portcullis.audit.store.Criterion;
import io.portcullis.audit.store.SortKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates an {@link AuditQuery} into Elasticsearch's query DSL, following the query's own semantics:
 * time in [from, to), each {@link Criterion} an exact match on any of its fields, all criteria ANDed.
 * Everything is a filter (no scoring): auditors want exact sets, and filters are cached.
 */
final class AuditQueries {
    static final List<SortOptions> SEARCH_ORDER = List.of(asc(RecordCodec.TIME_FIELD), asc(RecordCodec.INSTANCE),
            asc(RecordCodec.SEQ));

    private AuditQueries() {
    }

    static Query filter(AuditQuery q) {
        List<Query> must = new ArrayList<>();
        if (q.from() != null || q.to() != null) {
            must.add(Query.of(x -> x.range(r -> r.date(d -> {
                d.field(RecordCodec.TIME_FIELD);
                if (q.from() != null) {
                    d.gte(RecordCodec.TIME.format(q.from()));
                }
                if (q.to() != null) {
                    d.lt(RecordCodec.TIME.format(q.to()));
                }
                return d;
            }))));
        }
        for (Criterion c : q.criteria()) {
            must.add(anyOf(c));
        }
        return Query.of(x -> x.bool(b -> b.filter(must)));
    }

    /** The query plus equality on one more field (instance scans, checkpoint lookups). */
    static Query term(String field, String value) {
        return Query.of(x -> x.term(t -> t.field(field).value(value)));
    }

    static Query atLeast(String field, long min) {
        return Query.of(x -> x.range(r -> r.number(n -> n.field(field).gte((double) min))));
    }

    static Query and(Query... queries) {
        return Query.of(x -> x.bool(b -> b.filter(List.of(queries))));
    }

    /** search_after values in {@link #SEARCH_ORDER}: the date sorts as epoch millis. */
    static List<FieldValue> after(SortKey key) {
        return List.of(FieldValue.of(key.timeMillis()), FieldValue.of(key.instance()), FieldValue.of(key.seq()));
    }

    static SortOptions asc(String field) {
        return SortOptions.of(s -> s.field(f -> f.field(field).order(SortOrder.Asc)));
    }

    private static Query anyOf(Criterion c) {
        if (c.fields().size() == 1) {
            return term(c.fields().get(0), c.value());
        }
        List<Query> should = new ArrayList<>();
        for (String f : c.fields()) {
            should.add(term(f, c.value()));
        }
        return Query.of(x -> x.bool(b -> b.should(should).minimumShouldMatch("1")));
    }
}
