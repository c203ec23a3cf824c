package io.portcullis.audit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.audit.model.SignedCheckpoint;
import java.time.Instant;

/** JSON form of a {@link SignedCheckpoint}, shared by the spool, both stores and evidence bundles. */
public final class CheckpointCodec {
    public static final String INSTANCE = "instance";
    public static final String TREE_SIZE = "tree_size";
    public static final String ROOT_HASH = "root_hash";
    public static final String HEAD_HASH = "head_hash";
    public static final String TIME = "time";
    public static final String KEY_ID = "key_id";
    public static final String NOTE = "note";

    private CheckpointCodec() {
    }

    public static ObjectNode toTree(SignedCheckpoint c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put(INSTANCE, c.instance());
        o.put(TREE_SIZE, c.treeSize());
        o.put(ROOT_HASH, c.rootHash());
        if (c.headHash() != null) {
            o.put(HEAD_HASH, c.headHash());
        }
        o.put(TIME, RecordCodec.TIME.format(c.time()));
        o.put(KEY_ID, c.keyId());
        o.put(NOTE, c.note());
        return o;
    }

    public static String toJson(SignedCheckpoint c) {
        return CanonicalJson.string(toTree(c));
    }

    public static SignedCheckpoint fromTree(JsonNode o) {
        JsonNode head = o.get(HEAD_HASH);
        return new SignedCheckpoint(o.path(INSTANCE).asText(), o.path(TREE_SIZE).asLong(),
                o.path(ROOT_HASH).asText(), head == null || head.isNull() ? null : head.asText(),
                Instant.parse(o.path(TIME).asText()), o.path(KEY_ID).asText(), o.path(NOTE).asText());
    }

    public static SignedCheckpoint fromJson(String json) {
        try {
            return fromTree(RecordCodec.MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a checkpoint: " + e.getOriginalMessage(), e);
        }
    }
}
