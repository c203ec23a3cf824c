package io.portcullis.audit.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import io.portcullis.audit.json.CheckpointCodec;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.store.IndexFields;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The strict mappings declare exactly the fields the codecs write: no more (dead fields), no fewer (refused docs). */
class AuditIndexTemplatesTest {

    @Test
    void recordMappingDeclaresEveryRecordFieldAndTheDerivedOnes() {
        TypeMapping m = AuditIndexTemplates.recordMapping();
        Set<String> expected = new HashSet<>(RecordCodec.FIELD_NAMES);
        expected.add(IndexFields.ROUTE);
        expected.add(IndexFields.ENTITY_TYPES);
        assertEquals(expected, m.properties().keySet());
        assertEquals(DynamicMapping.Strict, m.dynamic());
        for (String f : IndexFields.KEYWORD_FIELDS) {
            assertEquals(true, m.properties().get(f).isKeyword(), f + " is an exact-match field");
        }
    }

    @Test
    void checkpointMappingDeclaresEveryCheckpointField() {
        TypeMapping m = AuditIndexTemplates.checkpointMapping();
        assertEquals(Set.of(CheckpointCodec.INSTANCE, CheckpointCodec.TREE_SIZE, CheckpointCodec.ROOT_HASH,
                CheckpointCodec.HEAD_HASH, CheckpointCodec.TIME, CheckpointCodec.KEY_ID, CheckpointCodec.NOTE),
                m.properties().keySet());
        assertEquals(DynamicMapping.Strict, m.dynamic());
    }
}
