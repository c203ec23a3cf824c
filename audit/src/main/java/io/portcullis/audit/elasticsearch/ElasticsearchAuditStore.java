package io.portcullis.audit.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.audit.json.CheckpointCodec;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.SignedCheckpoint;
import io.portcullis.audit.store.AuditAggregations;
import io.portcullis.audit.store.AuditQuery;
import io.portcullis.audit.store.AuditStore;
import io.portcullis.audit.store.IndexFields;
import io.portcullis.audit.store.SearchPage;
import io.portcullis.audit.store.SortKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The audit trail in Elasticsearch: records in {@code <index>}, checkpoints in {@code <index>-checkpoints},
 * both under the strict templates of {@link AuditIndexTemplates}. Records are written with {@code create}
 * and their hash as {@code _id}, checkpoints with their {@link SignedCheckpoint#id()}, so replays never
 * duplicate. Reads hand back the stored JSON as is; judging it is the verifier's job.
 *
 * <p>Construct with {@link #open(ElasticsearchSettings)} (checks the cluster answers, installs templates and
 * indices: for CLI tools, which should fail at once) or {@link #openDeferred(ElasticsearchSettings)} (for the
 * filter: starts even while the cluster is down; every call installs what is missing first and fails with an
 * IOException until the cluster answers, so the shipper backs off and the spool holds the records). Close
 * when done. Thread-safe: concurrent {@link #append} calls share bulk requests.
 */
public final class ElasticsearchAuditStore implements AuditStore {
    /** Page size of internal scans; Elasticsearch refuses more than 10,000 hits per request anyway. */
    static final int SCAN_PAGE = 1000;

    private final ElasticsearchClient client;
    private final ElasticsearchSettings settings;
    private final BulkCreateWriter writer;
    private final Object installLock = new Object();
    private volatile boolean installed;

    private ElasticsearchAuditStore(ElasticsearchClient client, ElasticsearchSettings settings) {
        this.client = client;
        this.settings = settings;
        this.writer = new BulkCreateWriter(client, settings);
    }

    /** Connects, installs the index templates and creates the indices if missing; fails if the cluster does not answer. */
    public static ElasticsearchAuditStore open(ElasticsearchSettings settings) throws IOException {
        ElasticsearchAuditStore store = openDeferred(settings);
        try {
            store.ensureInstalled();
        } catch (IOException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** A store that does not contact the cluster yet; templates and indices are installed on first use. */
    public static ElasticsearchAuditStore openDeferred(ElasticsearchSettings settings) {
        return new ElasticsearchAuditStore(ElasticsearchClients.create(settings), settings);
    }

    public ElasticsearchSettings settings() {
        return settings;
    }

    /**
     * Installs templates and indices once. Every operation calls this first: writing into an index that does
     * not exist yet would let Elasticsearch create it with guessed (dynamic) mappings if the template were
     * missing, and reads of a missing index fail anyway.
     */
    private void ensureInstalled() throws IOException {
        if (installed) {
            return;
        }
        synchronized (installLock) {
            if (installed) {
                return;
            }
            try {
                AuditIndexTemplates.install(client, settings);
            } catch (IOException | RuntimeException e) {
                throw new IOException("Elasticsearch at " + settings.url() + " is not usable: " + e.getMessage(), e);
            }
            installed = true;
        }
    }

    /** The underlying client, for tests and index administration in this package. */
    ElasticsearchClient client() {
        return client;
    }

    /** Bulk item retries so far (429/5xx/connection failures); for metrics and the shipper's log line. */
    public long retries() {
        return writer.retries();
    }

    /** Documents newly created, and documents that were already present (409 on create: a replay). */
    public long created() {
        return writer.created();
    }

    public long alreadyPresent() {
        return writer.alreadyPresent();
    }

    @Override
    public void append(List<AuditRecord> records) throws IOException {
        ensureInstalled();
        List<CompletableFuture<Void>> pending = new ArrayList<>(records.size());
        for (AuditRecord r : records) {
            if (r.hash() == null) {
                throw new IllegalArgumentException("only sealed records (with a hash) can be stored");
            }
            pending.add(writer.create(settings.index(), r.hash(), IndexFields.document(r)));
        }
        await(pending);
    }

    @Override
    public void appendCheckpoints(List<SignedCheckpoint> checkpoints) throws IOException {
        ensureInstalled();
        List<CompletableFuture<Void>> pending = new ArrayList<>(checkpoints.size());
        for (SignedCheckpoint c : checkpoints) {
            pending.add(writer.create(settings.checkpointIndex(), c.id(), CheckpointCodec.toTree(c)));
        }
        await(pending);
    }

    @Override
    public SearchPage search(AuditQuery query) throws IOException {
        ensureInstalled();
        int size = query.size();
        // One more than asked tells whether another page exists without a count.
        SearchResponse<ObjectNode> resp = client.search(s -> {
            s.index(settings.index()).query(AuditQueries.filter(query)).size(size + 1)
                    .sort(AuditQueries.SEARCH_ORDER).trackTotalHits(t -> t.enabled(false));
            if (query.searchAfter() != null) {
                s.searchAfter(AuditQueries.after(query.searchAfter()));
            }
            return s;
        }, ObjectNode.class);
        List<AuditRecord> records = records(resp);
        if (records.size() <= size) {
            return new SearchPage(records, null);
        }
        List<AuditRecord> page = records.subList(0, size);
        return new SearchPage(page, SortKey.of(page.get(size - 1)));
    }

    @Override
    public AuditAggregations aggregate(AuditQuery query) throws IOException {
        ensureInstalled();
        SearchResponse<Void> resp = client.search(s -> s.index(settings.index()).query(AuditQueries.filter(query))
                .size(0).trackTotalHits(t -> t.enabled(false)).aggregations(AuditAggregationQueries.requests()),
                Void.class);
        return AuditAggregationQueries.read(resp.aggregations());
    }

    @Override
    public List<AuditRecord> scan(String instance, long fromSeq, int max) throws IOException {
        ensureInstalled();
        Query q = AuditQueries.and(AuditQueries.term(RecordCodec.INSTANCE, instance),
                AuditQueries.atLeast(RecordCodec.SEQ, fromSeq));
        return pageBySeq(settings.index(), q, RecordCodec.SEQ, RecordCodec.HASH, max, RecordCodec::fromTree);
    }

    @Override
    public List<SignedCheckpoint> checkpoints(String instance, long fromTreeSize, int max) throws IOException {
        ensureInstalled();
        Query q = AuditQueries.and(AuditQueries.term(CheckpointCodec.INSTANCE, instance),
                AuditQueries.atLeast(CheckpointCodec.TREE_SIZE, fromTreeSize));
        return pageBySeq(settings.checkpointIndex(), q, CheckpointCodec.TREE_SIZE, CheckpointCodec.ROOT_HASH, max,
                CheckpointCodec::fromTree);
    }

    @Override
    public List<String> instances() throws IOException {
        ensureInstalled();
        List<String> out = new ArrayList<>();
        Map<String, FieldValue> after = null;
        do {
            Map<String, FieldValue> from = after;
            Aggregation composite = Aggregation.of(a -> a.composite(c -> {
                c.size(SCAN_PAGE).sources(NamedValue.of(RecordCodec.INSTANCE,
                        CompositeAggregationSource.of(src -> src.terms(t -> t.field(RecordCodec.INSTANCE)))));
                if (from != null) {
                    c.after(from);
                }
                return c;
            }));
            SearchResponse<Void> resp = client.search(s -> s.index(settings.index()).size(0)
                    .trackTotalHits(t -> t.enabled(false)).aggregations("instances", composite), Void.class);
            CompositeAggregate agg = resp.aggregations().get("instances").composite();
            for (CompositeBucket b : agg.buckets().array()) {
                out.add(b.key().get(RecordCodec.INSTANCE).stringValue());
            }
            after = agg.buckets().array().isEmpty() || agg.afterKey() == null || agg.afterKey().isEmpty()
                    ? null : agg.afterKey();
        } while (after != null);
        return out;
    }

    @Override
    public void refresh() throws IOException {
        ensureInstalled();
        writer.flush();
        client.indices().refresh(r -> r.index(settings.index(), settings.checkpointIndex()));
    }

    @Override
    public void close() throws IOException {
        writer.close();
        client.close();
    }

    /**
     * Up to {@code max} documents matching {@code q}, ascending by a long field, paged with search_after.
     * The keyword tie-breaker matters on a tampered index: two documents claiming the same seq must both come
     * back (so the verifier sees the duplicate) instead of one being skipped at a page boundary.
     */
    private <T> List<T> pageBySeq(String index, Query q, String field, String tieBreaker, int max,
            Function<ObjectNode, T> decode) throws IOException {
        List<T> out = new ArrayList<>();
        List<FieldValue> last = null;
        while (out.size() < max) {
            int size = Math.min(SCAN_PAGE, max - out.size());
            List<FieldValue> after = last;
            SearchResponse<ObjectNode> resp = client.search(s -> {
                s.index(index).query(q).size(size).sort(AuditQueries.asc(field), AuditQueries.asc(tieBreaker))
                        .trackTotalHits(t -> t.enabled(false));
                if (after != null) {
                    s.searchAfter(after);
                }
                return s;
            }, ObjectNode.class);
            List<Hit<ObjectNode>> hits = resp.hits().hits();
            for (Hit<ObjectNode> h : hits) {
                out.add(decode.apply(h.source()));
            }
            if (hits.size() < size) {
                break;
            }
            last = hits.get(hits.size() - 1).sort();
        }
        return out;
    }

    private static List<AuditRecord> records(SearchResponse<ObjectNode> resp) {
        List<AuditRecord> out = new ArrayList<>(resp.hits().hits().size());
        for (Hit<ObjectNode> h : resp.hits().hits()) {
            out.add(RecordCodec.fromTree(h.source()));
        }
        return out;
    }

    /** Waits for every write, bounded by what the retry policy can take, and reports the first failure. */
    private void await(List<CompletableFuture<Void>> pending) throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        writer.flush();
        long budgetMillis = settings.maxAttempts() * (settings.requestTimeout().toMillis()
                + settings.maxBackoff().toMillis()) + 10_000;
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(budgetMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? io : new IOException(String.valueOf(cause), cause);
        } catch (TimeoutException e) {
            throw new IOException("Elasticsearch writes not acknowledged within " + budgetMillis + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing to Elasticsearch", e);
        }
    }
}
