package io.portcullis.audit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.Finding;
import io.portcullis.audit.model.RecordKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The one mapping between {@link AuditRecord} and its JSON form. Field names are the wire names every
 * store and every outside verifier sees; they live here and nowhere else ({@link #FIELD_NAMES}).
 *
 * <p>Written by hand rather than by reflection because the hashed bytes depend on exactly which members
 * appear: null scalars are omitted, lists always appear (possibly empty), time is an ISO-8601 UTC string
 * with exactly three fraction digits.
 */
public final class RecordCodec {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Time format: fixed width so lexical order is time order and every language prints the same text. */
    public static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public static final String ID = "id";
    public static final String TIME_FIELD = "time";
    public static final String INSTANCE = "instance";
    public static final String SEQ = "seq";
    public static final String KIND = "kind";
    public static final String REQUEST_ID = "request_id";
    public static final String TENANT = "tenant";
    public static final String ORIGIN_REGION = "origin_region";
    public static final String PROVIDER = "provider";
    public static final String DESTINATION_REGION = "destination_region";
    public static final String MODEL = "model";
    public static final String REROUTED_FROM = "rerouted_from";
    public static final String API = "api";
    public static final String DIRECTION = "direction";
    public static final String ACTION = "action";
    public static final String REASON_CODES = "reason_codes";
    public static final String POLICY_REVISION = "policy_revision";
    public static final String FINDINGS = "findings";
    public static final String FINDING_TYPE = "type";
    public static final String FINDING_CATEGORY = "category";
    public static final String FINDING_LEVEL = "level";
    public static final String FINDING_COUNT = "count";
    public static final String VALUE_HMACS = "value_hmacs";
    public static final String REQUEST_HASH = "request_hash";
    public static final String ANSWER_HASH = "answer_hash";
    public static final String STATUS = "status";
    public static final String LATENCY_MS = "latency_ms";
    public static final String INPUT_TOKENS = "input_tokens";
    public static final String OUTPUT_TOKENS = "output_tokens";
    public static final String PREV_HASH = "prev_hash";
    public static final String HASH = "hash";
    public static final String KEY_ID = "key_id";
    public static final String SIGNATURE = "signature";

    public static final List<String> FIELD_NAMES = List.of(ID, TIME_FIELD, INSTANCE, SEQ, KIND, REQUEST_ID, TENANT,
            ORIGIN_REGION, PROVIDER, DESTINATION_REGION, MODEL, REROUTED_FROM, API, DIRECTION, ACTION, REASON_CODES,
            POLICY_REVISION, FINDINGS, VALUE_HMACS, REQUEST_HASH, ANSWER_HASH, STATUS, LATENCY_MS, INPUT_TOKENS,
            OUTPUT_TOKENS, PREV_HASH, HASH, KEY_ID, SIGNATURE);

    private RecordCodec() {
    }

    /** The full record as a JSON tree (what stores keep and bundles carry). */
    public static ObjectNode toTree(AuditRecord r) {
        ObjectNode o = hashedTree(r);
        put(o, HASH, r.hash());
        put(o, SIGNATURE, r.signature());
        return o;
    }

    /** The members covered by the record hash: everything but {@code hash} and {@code signature}. */
    public static ObjectNode hashedTree(AuditRecord r) {
        ObjectNode o = NODES.objectNode();
        put(o, ID, r.id());
        o.put(TIME_FIELD, TIME.format(r.time()));
        put(o, INSTANCE, r.instance());
        o.put(SEQ, r.seq());
        o.put(KIND, r.kind().wire());
        put(o, REQUEST_ID, r.requestId());
        put(o, TENANT, r.tenant());
        put(o, ORIGIN_REGION, r.originRegion());
        put(o, PROVIDER, r.provider());
        put(o, DESTINATION_REGION, r.destinationRegion());
        put(o, MODEL, r.model());
        put(o, REROUTED_FROM, r.reroutedFrom());
        put(o, API, r.api());
        put(o, DIRECTION, r.direction());
        put(o, ACTION, r.action());
        strings(o.putArray(REASON_CODES), r.reasonCodes());
        put(o, POLICY_REVISION, r.policyRevision());
        ArrayNode findings = o.putArray(FINDINGS);
        for (Finding f : r.findings()) {
            ObjectNode fo = findings.addObject();
            fo.put(FINDING_TYPE, f.type());
            put(fo, FINDING_CATEGORY, f.category());
            put(fo, FINDING_LEVEL, f.level());
            fo.put(FINDING_COUNT, f.count());
        }
        strings(o.putArray(VALUE_HMACS), r.valueHmacs());
        put(o, REQUEST_HASH, r.requestHash());
        put(o, ANSWER_HASH, r.answerHash());
        if (r.status() != null) {
            o.put(STATUS, r.status());
        }
        putLong(o, LATENCY_MS, r.latencyMs());
        putLong(o, INPUT_TOKENS, r.inputTokens());
        putLong(o, OUTPUT_TOKENS, r.outputTokens());
        put(o, PREV_HASH, r.prevHash());
        put(o, KEY_ID, r.keyId());
        return o;
    }

    /** RFC 8785 bytes the record hash is computed over (written directly; equal to {@link #hashedTree} canonicalised). */
    public static byte[] hashInput(AuditRecord r) {
        return hashedCanonical(r).getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 8785 text of the members covered by the record hash. */
    public static String hashedCanonical(AuditRecord r) {
        return CanonicalRecordWriter.write(r, false);
    }

    /** Canonical JSON of the full record: one line of a spool segment or of a bundle's records.jsonl. */
    public static String toCanonicalJson(AuditRecord r) {
        return CanonicalRecordWriter.write(r, true);
    }

    /**
     * The canonical JSON of the full record from the canonical JSON of its hashed members, without
     * canonicalising twice: RFC 8785 sorts top-level names, so {@code hash} goes right before {@code id}
     * (always present after chaining; only names below "h" — action ... findings — precede it) and
     * {@code signature} right before the first of status, tenant, time (time is always present). A quote
     * inside a string value is always escaped, so {@code ,"id":} can only be the member itself. Equal to
     * {@link #toCanonicalJson} — {@code RecordCodecSpliceTest} holds them equal.
     */
    public static String spliceHashAndSignature(String hashedCanonical, String hash, String signature) {
        int id = hashedCanonical.indexOf(",\"" + ID + "\":");
        if (id < 0) {
            throw new IllegalArgumentException("record without id");
        }
        StringBuilder out = new StringBuilder(hashedCanonical.length() + 200);
        out.append(hashedCanonical, 0, id).append(",\"").append(HASH).append("\":\"").append(hash).append('"');
        if (signature == null) {
            return out.append(hashedCanonical, id, hashedCanonical.length()).toString();
        }
        int at = -1;
        for (String next : new String[] {STATUS, TENANT, TIME_FIELD}) {
            at = hashedCanonical.indexOf(",\"" + next + "\":", id);
            if (at >= 0) {
                break;
            }
        }
        if (at < 0) {
            throw new IllegalArgumentException("record without time");
        }
        return out.append(hashedCanonical, id, at).append(",\"").append(SIGNATURE).append("\":")
                .append('"').append(signature).append('"').append(hashedCanonical, at, hashedCanonical.length())
                .toString();
    }

    /** A record from its JSON text (streaming; the same reading as {@link #fromTree}). */
    public static AuditRecord fromJson(String json) {
        try {
            return RecordReader.read(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an audit record: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an audit record: " + e.getMessage(), e);
        }
    }

    public static AuditRecord fromTree(JsonNode o) {
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("an audit record is a JSON object");
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : o.path(FINDINGS)) {
            findings.add(new Finding(text(f, FINDING_TYPE), text(f, FINDING_CATEGORY), text(f, FINDING_LEVEL),
                    f.path(FINDING_COUNT).asLong()));
        }
        JsonNode status = o.get(STATUS);
        return AuditRecord.builder()
                .id(text(o, ID))
                .time(Instant.parse(o.path(TIME_FIELD).asText()))
                .instance(text(o, INSTANCE))
                .seq(o.path(SEQ).asLong())
                .kind(RecordKind.fromWire(o.path(KIND).asText()))
                .requestId(text(o, REQUEST_ID))
                .tenant(text(o, TENANT))
                .originRegion(text(o, ORIGIN_REGION))
                .provider(text(o, PROVIDER))
                .destinationRegion(text(o, DESTINATION_REGION))
                .model(text(o, MODEL))
                .reroutedFrom(text(o, REROUTED_FROM))
                .api(text(o, API))
                .direction(text(o, DIRECTION))
                .action(text(o, ACTION))
                .reasonCodes(strings(o.path(REASON_CODES)))
                .policyRevision(text(o, POLICY_REVISION))
                .findings(findings)
                .valueHmacs(strings(o.path(VALUE_HMACS)))
                .requestHash(text(o, REQUEST_HASH))
                .answerHash(text(o, ANSWER_HASH))
                .status(status == null || status.isNull() ? null : status.asInt())
                .latencyMs(longOrNull(o, LATENCY_MS))
                .inputTokens(longOrNull(o, INPUT_TOKENS))
                .outputTokens(longOrNull(o, OUTPUT_TOKENS))
                .prevHash(text(o, PREV_HASH))
                .hash(text(o, HASH))
                .keyId(text(o, KEY_ID))
                .signature(text(o, SIGNATURE))
                .build();
    }

    private static void put(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void putLong(ObjectNode o, String name, Long value) {
        if (value != null) {
            o.put(name, value.longValue());
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static String text(JsonNode o, String name) {
        JsonNode v = o.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Long longOrNull(JsonNode o, String name) {
        JsonNode v = o.get(name);
        return v == null || v.isNull() ? null : v.asLong();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>(array.size());
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
