package io.portcullis.audit.elasticsearch;

import static io.portcullis.audit.json.RecordCodec.*;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import io.portcullis.audit.json.CheckpointCodec;
import io.portcullis.audit.store.IndexFields;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Index templates for {@code portcullis-audit*}: every field mapped explicitly, {@code dynamic: strict}, so
 * a document with an unknown or misspelt field is refused rather than silently guessed at. One shard, no
 * replica: exact terms aggregations, and green on a single node. Checkpoint indices ({@code *-checkpoints})
 * match a second template of higher priority.
 *
 * <p>Keyword fields come from {@link IndexFields#KEYWORD_FIELDS}, the list the query semantics are defined
 * over, so the mapping cannot drift from what {@link io.portcullis.audit.store.AuditQuery} filters on.
 * Signatures and checkpoint notes are stored but not indexed: nobody searches by them.
 */
public final class AuditIndexTemplates {
    public static final String INDEX_PREFIX = "portcullis-audit";
    public static final String CHECKPOINTS_SUFFIX = "-checkpoints";
    static final String RECORDS_TEMPLATE = "portcullis-audit-records";
    static final String CHECKPOINTS_TEMPLATE = "portcullis-audit-checkpoints";

    private AuditIndexTemplates() {
    }

    /** The mapping of record documents ({@link IndexFields#document}). */
    public static TypeMapping recordMapping() {
        Map<String, Property> p = new LinkedHashMap<>();
        for (String field : IndexFields.KEYWORD_FIELDS) {
            p.put(field, keyword());
        }
        p.put(TIME_FIELD, date());
        p.put(SEQ, Property.of(x -> x.long_(l -> l)));
        p.put(FINDINGS, Property.of(x -> x.object(o -> o.dynamic(DynamicMapping.Strict)
                .properties(FINDING_TYPE, keyword())
                .properties(FINDING_CATEGORY, keyword())
                .properties(FINDING_LEVEL, keyword())
                .properties(FINDING_COUNT, Property.of(c -> c.long_(l -> l))))));
        p.put(STATUS, Property.of(x -> x.integer(i -> i)));
        p.put(LATENCY_MS, Property.of(x -> x.long_(l -> l)));
        p.put(INPUT_TOKENS, Property.of(x -> x.long_(l -> l)));
        p.put(OUTPUT_TOKENS, Property.of(x -> x.long_(l -> l)));
        p.put(PREV_HASH, keyword());
        p.put(SIGNATURE, storedOnly());
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict).properties(p));
    }

    /** The mapping of checkpoint documents ({@link CheckpointCodec#toTree}). */
    public static TypeMapping checkpointMapping() {
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties(CheckpointCodec.INSTANCE, keyword())
                .properties(CheckpointCodec.TREE_SIZE, Property.of(x -> x.long_(l -> l)))
                .properties(CheckpointCodec.ROOT_HASH, keyword())
                .properties(CheckpointCodec.HEAD_HASH, keyword())
                .properties(CheckpointCodec.TIME, date())
                .properties(CheckpointCodec.KEY_ID, keyword())
                .properties(CheckpointCodec.NOTE, storedOnly()));
    }

    /** Installs (or updates) both templates, then creates the two indices unless they exist. */
    static void install(ElasticsearchClient client, ElasticsearchSettings s) throws IOException {
        putTemplate(client, RECORDS_TEMPLATE, INDEX_PREFIX + "*", 100L, recordMapping());
        putTemplate(client, CHECKPOINTS_TEMPLATE, INDEX_PREFIX + "*" + CHECKPOINTS_SUFFIX, 200L, checkpointMapping());
        createIfMissing(client, s.index());
        createIfMissing(client, s.checkpointIndex());
    }

    private static void putTemplate(ElasticsearchClient client, String name, String pattern, long priority,
            TypeMapping mapping) throws IOException {
        client.indices().putIndexTemplate(t -> t.name(name).indexPatterns(pattern).priority(priority)
                .template(tt -> tt.settings(st -> st.numberOfShards("1").numberOfReplicas("0")).mappings(mapping)));
    }

    private static void createIfMissing(ElasticsearchClient client, String index) throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) {
            return;
        }
        try {
            client.indices().create(c -> c.index(index).waitForActiveShards(w -> w.count(1)));
        } catch (ElasticsearchException e) {
            // Another instance created it between our check and our create: that is what we wanted.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    private static Property keyword() {
        return Property.of(x -> x.keyword(k -> k));
    }

    private static Property storedOnly() {
        return Property.of(x -> x.keyword(k -> k.index(false).docValues(false)));
    }

    private static Property date() {
        // Records print time with exactly three fraction digits in UTC; the strict format refuses anything else.
        return Property.of(x -> x.date(d -> d.format("strict_date_optional_time")));
    }
}
