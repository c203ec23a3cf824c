package io.portcullis.audit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.portcullis.audit.Drafts;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.Finding;
import io.portcullis.audit.model.RecordKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The direct writer (hot path) must produce exactly the reference bytes: tree + sort + RFC 8785. */
class CanonicalRecordWriterTest {
    private static final String[] ODD = {"", "a\"b", "back\\slash", "tab\tnew\nline\r", "\u0001\u001f\u007f",
        "é中文", "\ud83d\ude00 emoji", "\u2028\u2029", ",\"id\":\"x\"", "</script>"};

    @Test
    void directCanonicalJsonEqualsTheTreeReferenceForManyRecordShapes() {
        Random rnd = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            AuditRecord r = randomRecord(rnd, i);
            String reference = CanonicalJson.string(RecordCodec.hashedTree(r));
            assertEquals(reference, new String(RecordCodec.hashInput(r), StandardCharsets.UTF_8), "hashed, record " + i);
            assertEquals(CanonicalJson.string(RecordCodec.toTree(r)), RecordCodec.toCanonicalJson(r), "full, record " + i);
        }
    }

    @Test
    void refusesWhatTheReferenceRefuses() {
        AuditRecord big = Drafts.draft(1).toBuilder().seq(1).latencyMs((1L << 53) + 1).build();
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.hashInput(big));
        AuditRecord lone = Drafts.draft(1).toBuilder().tenant("x\ud800y").build();
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.hashInput(lone));
    }

    static AuditRecord randomRecord(Random rnd, int i) {
        AuditRecord.Builder b = Drafts.draft(i).toBuilder().id(maybe(rnd, "i-1:" + i)).instance(maybe(rnd, "i-1"))
                .seq(rnd.nextInt(3) == 0 ? (1L << 53) : i).kind(RecordKind.values()[rnd.nextInt(RecordKind.values().length)])
                .requestId(maybe(rnd, s(rnd))).tenant(maybe(rnd, s(rnd))).originRegion(maybe(rnd, s(rnd)))
                .provider(maybe(rnd, s(rnd))).destinationRegion(maybe(rnd, s(rnd))).model(maybe(rnd, s(rnd)))
                .api(maybe(rnd, s(rnd))).direction(maybe(rnd, s(rnd))).action(maybe(rnd, s(rnd)))
                .policyRevision(maybe(rnd, s(rnd))).requestHash(maybe(rnd, s(rnd))).answerHash(maybe(rnd, s(rnd)))
                .status(rnd.nextBoolean() ? null : rnd.nextInt(600) - 100)
                .latencyMs(rnd.nextBoolean() ? null : (long) rnd.nextInt())
                .inputTokens(rnd.nextBoolean() ? null : -(1L << 53))
                .outputTokens(rnd.nextBoolean() ? null : 0L)
                .prevHash(maybe(rnd, s(rnd))).hash(maybe(rnd, s(rnd))).keyId(maybe(rnd, s(rnd)))
                .signature(maybe(rnd, s(rnd)));
        List<String> codes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int k = rnd.nextInt(4); k > 0; k--) {
            codes.add(s(rnd));
            findings.add(new Finding(s(rnd), maybe(rnd, s(rnd)), maybe(rnd, s(rnd)), rnd.nextInt(1000)));
        }
        return b.reasonCodes(codes).findings(findings).valueHmacs(rnd.nextBoolean() ? List.of() : codes).build();
    }

    private static String maybe(Random rnd, String s) {
        return rnd.nextInt(4) == 0 ? null : s;
    }

    private static String s(Random rnd) {
        return rnd.nextBoolean() ? "v" + rnd.nextInt(100) : ODD[rnd.nextInt(ODD.length)] + rnd.nextInt(10);
    }
}
