package io.portcullis.audit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.Finding;
import io.portcullis.audit.model.RecordKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void sortsMembersByUtf16CodeUnitsAsRfc8785Section323() throws Exception {
        // The sorting example of RFC 8785 section 3.2.3.
        String in = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
                + "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        String out = CanonicalJson.string(RecordCodec.MAPPER.readTree(in));
        assertEquals("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}", out);
    }

    @Test
    void escapesOnlyWhatJcsEscapesWithLowercaseHex() throws Exception {
        String out = CanonicalJson.string(RecordCodec.MAPPER.readTree("[\"\\u000f\\n\\\"\\\\/\\u2028\", 1, -0, true, null]"));
        assertEquals("[\"\\u000f\\n\\\"\\\\/\u2028\",1,0,true,null]", out);
    }

    @Test
    void rejectsNumbersItCannotSerialiseCanonically() throws Exception {
        assertThrows(IllegalArgumentException.class,
                () -> CanonicalJson.string(RecordCodec.MAPPER.readTree("[1.5]")));
        assertThrows(IllegalArgumentException.class,
                () -> CanonicalJson.string(RecordCodec.MAPPER.readTree("[9007199254740993]")));
    }

    @Test
    void recordRoundTripsThroughItsCanonicalJson() {
        AuditRecord r = AuditRecord.builder().id("i1:7").time(Instant.parse("2026-01-02T03:04:05.678901Z"))
                .instance("i1").seq(7).kind(RecordKind.DECISION).tenant("acme").originRegion("CN")
                .destinationRegion("US").provider("openai").model("gpt-4o").action("redact")
                .reasonCodes(List.of("cn.pipl.cross_border")).findings(List.of(new Finding("CN_ID", "pii", "high", 2)))
                .valueHmacs(List.of("ab12")).requestHash("ff00").inputTokens(12L).prevHash("00").hash("11")
                .keyId("k").signature("sig").build();
        String json = RecordCodec.toCanonicalJson(r);
        assertEquals(r, RecordCodec.fromJson(json));
        assertEquals(json, RecordCodec.toCanonicalJson(RecordCodec.fromJson(json)));
        // hash and signature are outside the hashed bytes, everything else is inside
        String hashed = new String(RecordCodec.hashInput(r), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(json.replace(",\"hash\":\"11\"", "").replace(",\"signature\":\"sig\"", ""), hashed);
        assertEquals("2026-01-02T03:04:05.678Z", RecordCodec.hashedTree(r).get("time").asText());
    }
}
