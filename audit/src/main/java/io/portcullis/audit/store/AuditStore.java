package io.portcullis.audit.store;

import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.SignedCheckpoint;
import java.io.IOException;
import java.util.List;

/**
 * Where shipped audit records end up and where auditors search and verify them. Implemented by the
 * embedded Lucene store and by the Elasticsearch store; both take their query semantics from
 * {@link AuditQuery#criteria()} and {@link AuditAggregations} so they cannot drift apart.
 *
 * <p>Stores never judge integrity: they hand back exactly what they hold, and
 * {@link io.portcullis.audit.verify.AuditVerifier} decides whether it is intact.
 */
public interface AuditStore extends AutoCloseable {

    /** Adds records; idempotent by {@link AuditRecord#hash()} (re-shipping a record never duplicates it). */
    void append(List<AuditRecord> records) throws IOException;

    /**
     * Like {@link #append}, with each record's canonical JSON line as the spool holds it
     * ({@link RecordCodec#toCanonicalJson}), so a store that keeps the line verbatim need not
     * serialise the record again. {@code lines.get(i)} belongs to {@code records.get(i)}.
     */
    default void appendLines(List<AuditRecord> records, List<String> lines) throws IOException {
        append(records);
    }

    /** Adds checkpoints; idempotent by {@link SignedCheckpoint#id()}. */
    void appendCheckpoints(List<SignedCheckpoint> checkpoints) throws IOException;

    /**
     * Records matching the query, sorted by (time, instance, seq) ascending, at most {@link AuditQuery#size()},
     * starting after {@link AuditQuery#searchAfter()}.
     */
    SearchPage search(AuditQuery query) throws IOException;

    /** Buckets over every record matching the query's filters (paging fields are ignored). */
    AuditAggregations aggregate(AuditQuery query) throws IOException;

    /**
     * Up to {@code max} records of one instance with {@code seq >= fromSeq}, in the order the store sorts
     * them by seq. Used by verification, export and inclusion proofs.
     */
    List<AuditRecord> scan(String instance, long fromSeq, int max) throws IOException;

    /**
     * The same records as {@link #scan}, as JSON text: what verification reads. A store that keeps each
     * record's canonical line verbatim returns it as stored, so the verifier can hash it without rebuilding
     * the record; this default re-serialises the scanned records (equivalent, just slower).
     */
    default List<String> scanJson(String instance, long fromSeq, int max) throws IOException {
        return scan(instance, fromSeq, max).stream().map(RecordCodec::toCanonicalJson).toList();
    }

    /** Up to {@code max} checkpoints of one instance with {@code tree_size >= fromTreeSize}, ascending. */
    List<SignedCheckpoint> checkpoints(String instance, long fromTreeSize, int max) throws IOException;

    /** Every instance id that has records in this store. */
    List<String> instances() throws IOException;

    /** Makes everything appended so far visible to search and scan. */
    void refresh() throws IOException;

    @Override
    void close() throws IOException;
}
