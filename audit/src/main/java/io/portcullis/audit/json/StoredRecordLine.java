package io.portcullis.audit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A stored record's JSON text read for the chain walk only: the members the walk needs, and the text's
 * bytes with its top-level {@code hash} and {@code signature} members cut out — what the record hash
 * covers when the store kept the writer's canonical line verbatim (the spool line, the Lucene store, a
 * bundle's records.jsonl; {@code verify-bundle.sh} cuts the same members with its own tools).
 *
 * <p>Why: building the whole record and re-canonicalising it cost ~15 µs of a ~25 µs verification. Cutting
 * instead of rebuilding is sound because the caller compares the digest of {@link #hashedBytes} with
 * {@link #hash}: bytes that hash to a record's hash are the bytes the writer hashed (its canonical form:
 * unique members, no stray ones), and removing whole top-level members — located by Jackson's tokeniser,
 * not by text search — leaves every other member as it was read here. When the digests differ (a store
 * that re-serialises, or a tampered line) the caller decides with the reference reading
 * ({@link RecordCodec#fromJson} + canonicalisation), so verdicts never depend on this shortcut.
 */
public record StoredRecordLine(String id, String instance, long seq, String time, String prevHash, String hash,
        String keyId, String signature, byte[] hashedBytes) {

    /**
     * Reads {@code json}; null when it is not a flat JSON object with string/number members where the
     * walk expects them, or the members to cut are not preceded by a comma (then only the reference
     * reading can say what it holds).
     */
    public static StoredRecordLine read(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        try (JsonParser p = RecordCodec.MAPPER.getFactory().createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String id = null;
            String instance = null;
            String time = null;
            String prevHash = null;
            String hash = null;
            String keyId = null;
            String signature = null;
            long seq = 0;
            // byte ranges [from, to) of the members to cut, in text order (at most a handful)
            long[] cuts = new long[8];
            int ncuts = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                long nameStart = p.currentTokenLocation().getByteOffset();
                JsonToken v = p.nextToken();
                boolean cut = RecordCodec.HASH.equals(name) || RecordCodec.SIGNATURE.equals(name);
                if (v.isStructStart()) {
                    if (cut) {
                        return null;
                    }
                    p.skipChildren();
                    continue;
                }
                switch (name) {
                    case RecordCodec.ID -> id = text(p, v);
                    case RecordCodec.INSTANCE -> instance = text(p, v);
                    case RecordCodec.TIME_FIELD -> time = text(p, v);
                    case RecordCodec.PREV_HASH -> prevHash = text(p, v);
                    case RecordCodec.HASH -> hash = text(p, v);
                    case RecordCodec.KEY_ID -> keyId = text(p, v);
                    case RecordCodec.SIGNATURE -> signature = text(p, v);
                    case RecordCodec.SEQ -> {
                        if (v != JsonToken.VALUE_NUMBER_INT) {
                            return null;
                        }
                        seq = p.getLongValue();
                    }
                    default -> {
                        // other members are hashed, not read
                    }
                }
                if (cut) {
                    if (v != JsonToken.VALUE_STRING || nameStart < 1 || bytes[(int) nameStart - 1] != ',') {
                        return null;
                    }
                    long end = p.currentLocation().getByteOffset(); // right after the value's closing quote
                    if (ncuts == cuts.length) {
                        return null;
                    }
                    cuts[ncuts++] = nameStart - 1;
                    cuts[ncuts++] = end;
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                return null;
            }
            return new StoredRecordLine(id, instance, seq, time, prevHash, hash, keyId, signature,
                    without(bytes, cuts, ncuts));
        } catch (IOException | RuntimeException e) {
            return null; // malformed: the reference reading reports it
        }
    }

    private static String text(JsonParser p, JsonToken v) throws IOException {
        return v == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static byte[] without(byte[] bytes, long[] cuts, int ncuts) {
        int cutLength = 0;
        for (int i = 0; i < ncuts; i += 2) {
            cutLength += (int) (cuts[i + 1] - cuts[i]);
        }
        byte[] out = new byte[bytes.length - cutLength];
        int from = 0;
        int to = 0;
        for (int i = 0; i < ncuts; i += 2) {
            int keep = (int) cuts[i] - from;
            System.arraycopy(bytes, from, out, to, keep);
            to += keep;
            from = (int) cuts[i + 1];
        }
        System.arraycopy(bytes, from, out, to, bytes.length - from);
        return out;
    }
}
