package io.portcullis.audit.elasticsearch;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.RecordKind;
import io.portcullis.audit.store.AuditAggregations;
import io.portcullis.audit.store.AuditAggregations.Bucket;
import io.portcullis.audit.store.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The auditor's buckets as native aggregations: a terms aggregation per dimension (route, action, entity
 * type), each with a filter on decision records (= exchanges) and two token sums — the same numbers as
 * {@link AuditAggregations.Accumulator}. With one shard per index the terms counts are exact; a dimension with
 * more than {@link #MAX_BUCKETS} keys fails loudly instead of returning a silently truncated answer.
 */
final class AuditAggregationQueries {
    static final int MAX_BUCKETS = 10_000;
    static final String BY_ROUTE = "by_route";
    static final String BY_ACTION = "by_action";
    static final String BY_ENTITY_TYPE = "by_entity_type";
    private static final String EXCHANGES = "exchanges";
    private static final String INPUT_TOKENS = "input_tokens";
    private static final String OUTPUT_TOKENS = "output_tokens";

    private AuditAggregationQueries() {
    }

    static Map<String, Aggregation> requests() {
        return Map.of(BY_ROUTE, termsOn(IndexFields.ROUTE), BY_ACTION, termsOn(RecordCodec.ACTION),
                BY_ENTITY_TYPE, termsOn(IndexFields.ENTITY_TYPES));
    }

    static AuditAggregations read(Map<String, Aggregate> aggs) throws IOException {
        return new AuditAggregations(buckets(aggs, BY_ROUTE), buckets(aggs, BY_ACTION), buckets(aggs, BY_ENTITY_TYPE));
    }

    private static Aggregation termsOn(String field) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(MAX_BUCKETS))
                .aggregations(EXCHANGES, Aggregation.of(f -> f.filter(
                        AuditQueries.term(RecordCodec.KIND, RecordKind.DECISION.wire()))))
                .aggregations(INPUT_TOKENS, Aggregation.of(s -> s.sum(m -> m.field(RecordCodec.INPUT_TOKENS))))
                .aggregations(OUTPUT_TOKENS, Aggregation.of(s -> s.sum(m -> m.field(RecordCodec.OUTPUT_TOKENS)))));
    }

    private static List<Bucket> buckets(Map<String, Aggregate> aggs, String name) throws IOException {
        StringTermsAggregate terms = aggs.get(name).sterms();
        Long other = terms.sumOtherDocCount();
        if (other != null && other > 0) {
            throw new IOException(name + " has more than " + MAX_BUCKETS + " keys; narrow the query");
        }
        List<Bucket> out = new ArrayList<>();
        for (StringTermsBucket b : terms.buckets().array()) {
            Map<String, Aggregate> sub = b.aggregations();
            // Sums come back as doubles; token counts stay far below 2^53, so the conversion is exact.
            out.add(new Bucket(b.key().stringValue(), b.docCount(), sub.get(EXCHANGES).filter().docCount(),
                    Math.round(sub.get(INPUT_TOKENS).sum().value()), Math.round(sub.get(OUTPUT_TOKENS).sum().value())));
        }
        out.sort(AuditAggregations.ORDER);
        return out;
    }
}
