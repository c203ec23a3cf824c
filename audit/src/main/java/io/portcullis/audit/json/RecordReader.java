package io.portcullis.audit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.Finding;
import io.portcullis.audit.model.RecordKind;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a record's JSON text with Jackson's streaming parser, straight into the builder. Verify and export
 * read every stored record, and building a {@code JsonNode} tree first cost about as much as the
 * canonicalisation and hashing together. Same reading as {@link RecordCodec#fromTree} (unknown members
 * ignored, a repeated member's last value wins, scalars read as text where text is expected);
 * {@code RecordReaderTest} holds the two equal.
 */
final class RecordReader {
    private RecordReader() {
    }

    static AuditRecord read(String json) throws IOException {
        try (JsonParser p = RecordCodec.MAPPER.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("an audit record is a JSON object");
            }
            AuditRecord.Builder b = AuditRecord.builder();
            String time = "";
            String kind = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                switch (name) {
                    case RecordCodec.ID -> b.id(text(p, v));
                    case RecordCodec.TIME_FIELD -> time = String.valueOf(text(p, v));
                    case RecordCodec.INSTANCE -> b.instance(text(p, v));
                    case RecordCodec.SEQ -> b.seq(number(p, v, 0L));
                    case RecordCodec.KIND -> kind = String.valueOf(text(p, v));
                    case RecordCodec.REQUEST_ID -> b.requestId(text(p, v));
                    case RecordCodec.TENANT -> b.tenant(text(p, v));
                    case RecordCodec.ORIGIN_REGION -> b.originRegion(text(p, v));
                    case RecordCodec.PROVIDER -> b.provider(text(p, v));
                    case RecordCodec.DESTINATION_REGION -> b.destinationRegion(text(p, v));
                    case RecordCodec.MODEL -> b.model(text(p, v));
                    case RecordCodec.REROUTED_FROM -> b.reroutedFrom(text(p, v));
                    case RecordCodec.API -> b.api(text(p, v));
                    case RecordCodec.DIRECTION -> b.direction(text(p, v));
                    case RecordCodec.ACTION -> b.action(text(p, v));
                    case RecordCodec.REASON_CODES -> b.reasonCodes(strings(p, v));
                    case RecordCodec.POLICY_REVISION -> b.policyRevision(text(p, v));
                    case RecordCodec.FINDINGS -> b.findings(findings(p, v));
                    case RecordCodec.VALUE_HMACS -> b.valueHmacs(strings(p, v));
                    case RecordCodec.REQUEST_HASH -> b.requestHash(text(p, v));
                    case RecordCodec.ANSWER_HASH -> b.answerHash(text(p, v));
                    case RecordCodec.STATUS -> {
                        Long s = number(p, v, null);
                        b.status(s == null ? null : s.intValue());
                    }
                    case RecordCodec.LATENCY_MS -> b.latencyMs(number(p, v, null));
                    case RecordCodec.INPUT_TOKENS -> b.inputTokens(number(p, v, null));
                    case RecordCodec.OUTPUT_TOKENS -> b.outputTokens(number(p, v, null));
                    case RecordCodec.PREV_HASH -> b.prevHash(text(p, v));
                    case RecordCodec.HASH -> b.hash(text(p, v));
                    case RecordCodec.KEY_ID -> b.keyId(text(p, v));
                    case RecordCodec.SIGNATURE -> b.signature(text(p, v));
                    default -> p.skipChildren(); // index-only fields a store adds
                }
            }
            return b.time(Instant.parse(time)).kind(RecordKind.fromWire(kind)).build();
        }
    }

    /** A scalar as text (JsonNode.asText); null for JSON null; "" for a container, as the tree reading gives. */
    private static String text(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v.isStructStart()) {
            p.skipChildren();
            return "";
        }
        return p.getText();
    }

    /** A number (a numeric string converts, other text reads 0); {@code ifNull} for JSON null. */
    private static Long number(JsonParser p, JsonToken v, Long ifNull) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return ifNull;
        }
        if (v.isStructStart()) {
            p.skipChildren();
            return 0L;
        }
        return p.getValueAsLong(0);
    }

    private static List<String> strings(JsonParser p, JsonToken v) throws IOException {
        List<String> out = new ArrayList<>();
        if (v != JsonToken.START_ARRAY) {
            p.skipChildren();
            return out;
        }
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            String s = text(p, t);
            out.add(s == null ? "null" : s);
        }
        return out;
    }

    private static List<Finding> findings(JsonParser p, JsonToken v) throws IOException {
        List<Finding> out = new ArrayList<>();
        if (v != JsonToken.START_ARRAY) {
            p.skipChildren();
            return out;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String type = null;
            String category = null;
            String level = null;
            long count = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case RecordCodec.FINDING_TYPE -> type = text(p, t);
                    case RecordCodec.FINDING_CATEGORY -> category = text(p, t);
                    case RecordCodec.FINDING_LEVEL -> level = text(p, t);
                    case RecordCodec.FINDING_COUNT -> count = number(p, t, 0L);
                    default -> p.skipChildren();
                }
            }
            out.add(new Finding(type, category, level, count));
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new IllegalArgumentException("findings must be JSON objects");
        }
        return out;
    }
}
