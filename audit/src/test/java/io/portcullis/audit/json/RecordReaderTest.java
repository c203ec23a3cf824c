package io.portcullis.audit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.audit.model.AuditRecord;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming reader (verify's hot path) must read exactly what the tree reading reads. */
class RecordReaderTest {

    @Test
    void readsWhatTheTreeReadingReadsForManyRecordShapes() throws Exception {
        Random rnd = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            AuditRecord r = CanonicalRecordWriterTest.randomRecord(rnd, i);
            String json = RecordCodec.toCanonicalJson(r);
            assertEquals(r, RecordCodec.fromJson(json), "record " + i);
            assertEquals(RecordCodec.fromTree(RecordCodec.MAPPER.readTree(json)), RecordCodec.fromJson(json));
        }
    }

    @Test
    void oddButParseableDocumentsReadAsTheTreeReadsThem() throws Exception {
        AuditRecord r = CanonicalRecordWriterTest.randomRecord(new Random(1), 3);
        ObjectNode o = RecordCodec.toTree(r);
        o.put("tenant_keyword", "x");                                   // an index-only field
        o.putObject("extra").putArray("nested").add(1).addObject().put("a", "b");
        o.put(RecordCodec.TENANT, 42);                                   // a number where text is expected
        o.putNull(RecordCodec.MODEL);
        o.put(RecordCodec.SEQ, "17");                                    // numeric text where a number is expected
        o.putArray(RecordCodec.REASON_CODES).add("a").addNull().add(5);
        o.putObject(RecordCodec.PROVIDER).put("x", 1);                   // a container where text is expected
        String json = RecordCodec.MAPPER.writeValueAsString(o);
        assertEquals(RecordCodec.fromTree(RecordCodec.MAPPER.readTree(json)), RecordCodec.fromJson(json));
        // a repeated member: the last one counts, as in the tree
        String repeated = json.substring(0, json.length() - 1) + ",\"tenant\":\"last\"}";
        assertEquals(RecordCodec.fromTree(RecordCodec.MAPPER.readTree(repeated)), RecordCodec.fromJson(repeated));
    }

    @Test
    void refusesWhatIsNotARecord() {
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.fromJson("[1]"));
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.fromJson("{\"time\":\"2026-01-01T00:00:00Z\""));
        assertThrows(RuntimeException.class, () -> RecordCodec.fromJson("{\"kind\":\"decision\"}")); // no time
    }
}
