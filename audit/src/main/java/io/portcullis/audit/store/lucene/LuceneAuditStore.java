package io.portcullis.audit.store.lucene;

import io.portcullis.audit.json.CheckpointCodec;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.SignedCheckpoint;
import io.portcullis.audit.store.AuditAggregations;
import io.portcullis.audit.store.AuditQuery;
import io.portcullis.audit.store.AuditStore;
import io.portcullis.audit.store.Criterion;
import io.portcullis.audit.store.IndexFields;
import io.portcullis.audit.store.SearchPage;
import io.portcullis.audit.store.SortKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded default store: a Lucene index on local disk. Every record is one document holding its
 * canonical JSON (stored, what scan and search hand back) plus the keyword fields of
 * {@link IndexFields} and sortable time / instance / seq. Checkpoints are documents of their own type.
 * {@link #append} commits before returning, because the shipper advances its cursor right after.
 */
public final class LuceneAuditStore implements AuditStore {
    static final String DOC_TYPE = "doc_type";
    static final String TYPE_RECORD = "record";
    static final String TYPE_CHECKPOINT = "checkpoint";
    static final String JSON = "json";
    static final String TIME = "time";
    static final String SEQ = "seq";
    static final String INSTANCE_SORT = "instance_sort";
    static final String CP_ID = "cp_id";
    static final String CP_INSTANCE = "cp_instance";
    static final String CP_TREE_SIZE = "cp_tree_size";
    private static final Sort SEARCH_ORDER = new Sort(new SortField(TIME, SortField.Type.LONG),
            new SortField(INSTANCE_SORT, SortField.Type.STRING), new SortField(SEQ, SortField.Type.LONG));
    private static final Sort SEQ_ORDER = new Sort(new SortField(SEQ, SortField.Type.LONG));
    private static final Sort CP_ORDER = new Sort(new SortField(CP_TREE_SIZE, SortField.Type.LONG));
    private static final int AGGREGATION_PAGE = 5_000;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private LuceneAuditStore(Directory directory, boolean readOnly) throws IOException {
        this.directory = directory;
        this.writer = readOnly ? null : new IndexWriter(directory, new IndexWriterConfig());
        this.searchers = readOnly ? new SearcherManager(directory, null) : new SearcherManager(writer, null);
    }

    /** The writable store the shipper fills (one process at a time: Lucene locks the index). */
    public static LuceneAuditStore open(Path indexDir) throws IOException {
        return new LuceneAuditStore(FSDirectory.open(indexDir), false);
    }

    /**
     * A search/verify/export view of an index another process (the running filter) writes: sees every
     * commit as of open or the last {@link #refresh()}; appends are refused.
     */
    public static LuceneAuditStore openReadOnly(Path indexDir) throws IOException {
        return new LuceneAuditStore(FSDirectory.open(indexDir), true);
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new UnsupportedOperationException("this Lucene audit store is read-only");
        }
        return writer;
    }

    @Override
    public void append(List<AuditRecord> records) throws IOException {
        appendLines(records, records.stream().map(RecordCodec::toCanonicalJson).toList());
    }

    @Override
    public void appendLines(List<AuditRecord> records, List<String> lines) throws IOException {
        for (int i = 0; i < records.size(); i++) {
            AuditRecord r = records.get(i);
            writer().updateDocument(new Term(RecordCodec.HASH, r.hash()), document(r, lines.get(i)));
        }
        writer().commit();
        searchers.maybeRefresh();
    }

    /** What a read does with a searcher; may throw like Lucene's own reads. */
    @FunctionalInterface
    private interface SearcherRead<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code read} on the current point-in-time searcher, released however the read ends. */
    private <T> T withSearcher(SearcherRead<T> read) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return read.apply(s);
        } finally {
            searchers.release(s);
        }
    }

    /** One record as a Lucene document; package-visible so tamper tests can write altered ones. */
    static Document document(AuditRecord r) {
        return document(r, RecordCodec.toCanonicalJson(r));
    }

    private static Document document(AuditRecord r, String canonicalJson) {
        Document d = new Document();
        d.add(new StringField(DOC_TYPE, TYPE_RECORD, Field.Store.NO));
        for (String field : IndexFields.KEYWORD_FIELDS) {
            for (String v : IndexFields.values(r, field)) {
                d.add(new StringField(field, v, Field.Store.NO));
            }
        }
        long t = r.time().toEpochMilli();
        d.add(new LongPoint(TIME, t));
        d.add(new NumericDocValuesField(TIME, t));
        d.add(new LongPoint(SEQ, r.seq()));
        d.add(new NumericDocValuesField(SEQ, r.seq()));
        d.add(new SortedDocValuesField(INSTANCE_SORT, new BytesRef(r.instance())));
        d.add(new StoredField(JSON, canonicalJson));
        return d;
    }

    @Override
    public void appendCheckpoints(List<SignedCheckpoint> checkpoints) throws IOException {
        for (SignedCheckpoint c : checkpoints) {
            Document d = new Document();
            d.add(new StringField(DOC_TYPE, TYPE_CHECKPOINT, Field.Store.NO));
            d.add(new StringField(CP_ID, c.id(), Field.Store.NO));
            d.add(new StringField(CP_INSTANCE, c.instance(), Field.Store.NO));
            d.add(new LongPoint(CP_TREE_SIZE, c.treeSize()));
            d.add(new NumericDocValuesField(CP_TREE_SIZE, c.treeSize()));
            d.add(new StoredField(JSON, CheckpointCodec.toJson(c)));
            writer().updateDocument(new Term(CP_ID, c.id()), d);
        }
        writer().commit();
        searchers.maybeRefresh();
    }

    @Override
    public SearchPage search(AuditQuery q) throws IOException {
        return withSearcher(s -> {
            int maxDoc = s.getIndexReader().maxDoc();
            if (maxDoc == 0) {
                return new SearchPage(List.of(), null);
            }
            TopDocs top = q.searchAfter() == null
                    ? s.search(filter(q), q.size(), SEARCH_ORDER)
                    : s.searchAfter(after(q.searchAfter(), maxDoc - 1), filter(q), q.size(), SEARCH_ORDER);
            List<AuditRecord> records = records(s, top.scoreDocs);
            SortKey next = records.size() == q.size() ? SortKey.of(records.getLast()) : null;
            return new SearchPage(records, next);
        });
    }

    @Override
    public AuditAggregations aggregate(AuditQuery q) throws IOException {
        AuditAggregations.Accumulator acc = new AuditAggregations.Accumulator();
        forEachMatch(q, acc::add);
        return acc.result();
    }

    private void forEachMatch(AuditQuery q, Consumer<AuditRecord> sink) throws IOException {
        withSearcher(s -> {
            Query query = filter(q);
            ScoreDoc after = null;
            while (true) {
                TopDocs top = after == null ? s.search(query, AGGREGATION_PAGE, SEARCH_ORDER)
                        : s.searchAfter(after, query, AGGREGATION_PAGE, SEARCH_ORDER);
                records(s, top.scoreDocs).forEach(sink);
                if (top.scoreDocs.length < AGGREGATION_PAGE) {
                    return null;
                }
                after = top.scoreDocs[top.scoreDocs.length - 1];
            }
        });
    }

    @Override
    public List<AuditRecord> scan(String instance, long fromSeq, int max) throws IOException {
        return withSearcher(s -> records(s, s.search(seqQuery(instance, fromSeq), Math.max(1, max), SEQ_ORDER).scoreDocs));
    }

    /**
     * The stored canonical lines as they are: the verifier hashes them directly (see
     * {@link io.portcullis.audit.verify.AuditVerifier}), so nothing is parsed here.
     */
    @Override
    public List<String> scanJson(String instance, long fromSeq, int max) throws IOException {
        return withSearcher(s -> SequentialStoredJson.read(s.getIndexReader(), s.search(seqQuery(instance, fromSeq),
                Math.max(1, max), SEQ_ORDER).scoreDocs, JSON));
    }

    private static Query seqQuery(String instance, long fromSeq) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(DOC_TYPE, TYPE_RECORD)), Occur.FILTER)
                .add(new TermQuery(new Term(RecordCodec.INSTANCE, instance)), Occur.FILTER)
                .add(LongPoint.newRangeQuery(SEQ, fromSeq, Long.MAX_VALUE), Occur.FILTER)
                .build();
    }

    @Override
    public List<SignedCheckpoint> checkpoints(String instance, long fromTreeSize, int max) throws IOException {
        return withSearcher(s -> {
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(DOC_TYPE, TYPE_CHECKPOINT)), Occur.FILTER)
                    .add(new TermQuery(new Term(CP_INSTANCE, instance)), Occur.FILTER)
                    .add(LongPoint.newRangeQuery(CP_TREE_SIZE, fromTreeSize, Long.MAX_VALUE), Occur.FILTER)
                    .build();
            List<SignedCheckpoint> out = new ArrayList<>();
            var stored = s.storedFields();
            for (ScoreDoc d : s.search(q, Math.max(1, max), CP_ORDER).scoreDocs) {
                out.add(CheckpointCodec.fromJson(stored.document(d.doc).get(JSON)));
            }
            return out;
        });
    }

    @Override
    public List<String> instances() throws IOException {
        return withSearcher(s -> {
            TreeSet<String> out = new TreeSet<>();
            Terms terms = MultiTerms.getTerms(s.getIndexReader(), RecordCodec.INSTANCE);
            if (terms != null) {
                TermsEnum it = terms.iterator();
                for (BytesRef t = it.next(); t != null; t = it.next()) {
                    out.add(t.utf8ToString());
                }
            }
            return List.copyOf(out);
        });
    }

    @Override
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Writes an arbitrary document — for tests that tamper with the index the way an intruder would. */
    void tamper(Term replaceWhere, Document replacement) throws IOException {
        if (replacement == null) {
            writer().deleteDocuments(replaceWhere);
        } else {
            writer().updateDocument(replaceWhere, replacement);
        }
        writer().commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }

    private static Query filter(AuditQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(DOC_TYPE, TYPE_RECORD)), Occur.FILTER);
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochMilli();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochMilli() - 1;
            b.add(LongPoint.newRangeQuery(TIME, from, to), Occur.FILTER);
        }
        for (Criterion c : q.criteria()) {
            if (c.fields().size() == 1) {
                b.add(new TermQuery(new Term(c.fields().getFirst(), c.value())), Occur.FILTER);
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
                c.fields().forEach(f -> any.add(new TermQuery(new Term(f, c.value())), Occur.SHOULD));
                b.add(any.build(), Occur.FILTER);
            }
        }
        return b.build();
    }

    private static FieldDoc after(SortKey k, int lastDoc) {
        // the last doc id: a document with the same sort key (there is none, the key is unique) sorts before it
        return new FieldDoc(lastDoc, Float.NaN,
                new Object[] {k.timeMillis(), new BytesRef(k.instance()), k.seq()});
    }

    /** Records below this many are read on the calling thread; a verify or export page is 1,000 or more. */
    private static final int PARALLEL_CHUNK = 128;

    /**
     * Loading a stored document (decompressing its block, ~6 µs) and parsing it (~8 µs) dominate a scan
     * (verify, export): both run on every core, in contiguous chunks of the page with a {@code StoredFields}
     * per chunk (they are not thread-safe), and the order is kept.
     */
    private static List<AuditRecord> records(IndexSearcher s, ScoreDoc[] docs) throws IOException {
        if (docs.length < 2 * PARALLEL_CHUNK) {
            return load(s, docs, 0, docs.length);
        }
        int chunks = (docs.length + PARALLEL_CHUNK - 1) / PARALLEL_CHUNK;
        try {
            return IntStream.range(0, chunks).parallel()
                    .mapToObj(c -> {
                        try {
                            return load(s, docs, c * PARALLEL_CHUNK, Math.min(docs.length, (c + 1) * PARALLEL_CHUNK));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .flatMap(List::stream).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<AuditRecord> load(IndexSearcher s, ScoreDoc[] docs, int from, int to) throws IOException {
        var stored = s.storedFields();
        List<AuditRecord> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(RecordCodec.fromJson(stored.document(docs[i].doc).get(JSON)));
        }
        return out;
    }
}
