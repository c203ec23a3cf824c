package io.portcullis.audit.store.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;

/**
 * One stored string field of many hits, read segment by segment in docid order with Lucene's sequential
 * (merge) stored-fields reader. Why: the ordinary reader decompresses the document's block for every
 * document (~6 µs each for a record line), the sequential one each block once (~1.2 µs a line, same run);
 * a verify page is a run of consecutive records, which the shipper wrote consecutively.
 */
final class SequentialStoredJson {
    private SequentialStoredJson() {
    }

    /** The field of each hit, in hit order (null where a document lacks it). */
    static List<String> read(IndexReader reader, ScoreDoc[] hits, String field) throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, (a, b) -> Integer.compare(hits[a].doc, hits[b].doc));
        String[] out = new String[hits.length];
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = null;
        StoredFields fields = null;
        OneField visitor = new OneField(field);
        for (int i : byDoc) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                fields = sequential(leaf.reader());
            }
            visitor.value = null;
            fields.document(doc - leaf.docBase, visitor);
            out[i] = visitor.value;
        }
        return Arrays.asList(out);
    }

    /** A private sequential reader of the segment (not thread-safe: one per call), else the ordinary one. */
    private static StoredFields sequential(LeafReader leaf) throws IOException {
        if (leaf instanceof CodecReader codec && codec.getFieldsReader() != null) {
            return codec.getFieldsReader().getMergeInstance();
        }
        return leaf.storedFields();
    }

    private static final class OneField extends StoredFieldVisitor {
        private final String name;
        private String value;

        OneField(String name) {
            this.name = name;
        }

        @Override
        public Status needsField(FieldInfo info) {
            if (value != null) {
                return Status.STOP;
            }
            return name.equals(info.name) ? Status.YES : Status.NO;
        }

        @Override
        public void stringField(FieldInfo info, String v) {
            value = v;
        }
    }
}
