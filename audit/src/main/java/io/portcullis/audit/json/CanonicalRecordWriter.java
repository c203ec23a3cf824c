package io.portcullis.audit.json;

import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.Finding;
import java.util.List;

/**
 * RFC 8785 JSON of a record written straight from its fields, with no intermediate tree and no sort: the
 * members are written in their canonical order, which is fixed because the names are. This is the hot
 * path of both writing (every record is hashed once) and verifying (every record is re-hashed); building
 * a Jackson tree and sorting it cost ~8x more. {@link RecordCodec#hashedTree} plus {@link CanonicalJson}
 * stay the reference: {@code CanonicalRecordWriterTest} holds the two byte-equal, and {@link Members}
 * refuses a name out of order, so a field added in the wrong place fails at once instead of changing hashes.
 */
final class CanonicalRecordWriter {
    private CanonicalRecordWriter() {
    }

    /** The record's members, with {@code hash} and {@code signature} only when asked for (and present). */
    static String write(AuditRecord r, boolean withHashAndSignature) {
        StringBuilder out = new StringBuilder(1024);
        Members m = new Members(out);
        m.string(RecordCodec.ACTION, r.action());
        m.string(RecordCodec.ANSWER_HASH, r.answerHash());
        m.string(RecordCodec.API, r.api());
        m.string(RecordCodec.DESTINATION_REGION, r.destinationRegion());
        m.string(RecordCodec.DIRECTION, r.direction());
        m.name(RecordCodec.FINDINGS);
        findings(r.findings(), out);
        if (withHashAndSignature) {
            m.string(RecordCodec.HASH, r.hash());
        }
        m.string(RecordCodec.ID, r.id());
        m.integer(RecordCodec.INPUT_TOKENS, r.inputTokens());
        m.string(RecordCodec.INSTANCE, r.instance());
        m.string(RecordCodec.KEY_ID, r.keyId());
        m.string(RecordCodec.KIND, r.kind().wire());
        m.integer(RecordCodec.LATENCY_MS, r.latencyMs());
        m.string(RecordCodec.MODEL, r.model());
        m.string(RecordCodec.ORIGIN_REGION, r.originRegion());
        m.integer(RecordCodec.OUTPUT_TOKENS, r.outputTokens());
        m.string(RecordCodec.POLICY_REVISION, r.policyRevision());
        m.string(RecordCodec.PREV_HASH, r.prevHash());
        m.string(RecordCodec.PROVIDER, r.provider());
        m.name(RecordCodec.REASON_CODES);
        strings(r.reasonCodes(), out);
        m.string(RecordCodec.REQUEST_HASH, r.requestHash());
        m.string(RecordCodec.REQUEST_ID, r.requestId());
        m.string(RecordCodec.REROUTED_FROM, r.reroutedFrom());
        m.integer(RecordCodec.SEQ, r.seq());
        if (withHashAndSignature) {
            m.string(RecordCodec.SIGNATURE, r.signature());
        }
        m.integer(RecordCodec.STATUS, r.status() == null ? null : r.status().longValue());
        m.string(RecordCodec.TENANT, r.tenant());
        m.string(RecordCodec.TIME_FIELD, RecordCodec.TIME.format(r.time()));
        m.name(RecordCodec.VALUE_HMACS);
        strings(r.valueHmacs(), out);
        return out.append('}').toString();
    }

    private static void findings(List<Finding> findings, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < findings.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Finding f = findings.get(i);
            Members m = new Members(out);
            m.string(RecordCodec.FINDING_CATEGORY, f.category());
            m.integer(RecordCodec.FINDING_COUNT, f.count());
            m.string(RecordCodec.FINDING_LEVEL, f.level());
            m.string(RecordCodec.FINDING_TYPE, f.type());
            out.append('}');
        }
        out.append(']');
    }

    private static void strings(List<String> values, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            CanonicalJson.writeString(values.get(i), out);
        }
        out.append(']');
    }

    /** Writes the members of one object, checking that names come in RFC 8785 order; null scalars are omitted. */
    private static final class Members {
        private final StringBuilder out;
        private String last;

        Members(StringBuilder out) {
            this.out = out;
            out.append('{');
        }

        void name(String name) {
            if (last != null) {
                if (last.compareTo(name) >= 0) {
                    throw new IllegalStateException("member " + name + " written after " + last);
                }
                out.append(',');
            }
            last = name;
            CanonicalJson.writeString(name, out);
            out.append(':');
        }

        void string(String name, String value) {
            if (value != null) {
                name(name);
                CanonicalJson.writeString(value, out);
            }
        }

        void integer(String name, Long value) {
            if (value != null) {
                name(name);
                CanonicalJson.writeInteger(value, out);
            }
        }
    }
}
