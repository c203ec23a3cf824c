package io.portcullis.audit.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.portcullis.audit.model.AuditRecord;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The verifier's shortcut reading of a stored line: on the writer's canonical line the cut bytes are exactly
 * what the hash covers and the members read equal the reference reading; odd lines give no shortcut.
 */
class StoredRecordLineTest {

    @Test
    void canonicalLineMinusHashAndSignatureIsTheHashInputForManyRecordShapes() {
        Random rnd = new Random(11);
        for (int i = 0; i < 2_000; i++) {
            AuditRecord r = CanonicalRecordWriterTest.randomRecord(rnd, i);
            String line = RecordCodec.toCanonicalJson(r);
            StoredRecordLine s = StoredRecordLine.read(line);
            AuditRecord ref = RecordCodec.fromJson(line);
            assertArrayEquals(RecordCodec.hashInput(r), s.hashedBytes(), "record " + i + ": " + line);
            assertEquals(ref.id(), s.id());
            assertEquals(ref.instance(), s.instance());
            assertEquals(ref.seq(), s.seq());
            assertEquals(RecordCodec.TIME.format(ref.time()), s.time());
            assertEquals(ref.prevHash(), s.prevHash());
            assertEquals(ref.hash(), s.hash());
            assertEquals(ref.keyId(), s.keyId());
            assertEquals(ref.signature(), s.signature());
        }
    }

    @Test
    void aRepeatedHashMemberIsCutEveryTimeSoTheDigestCannotMatchAWriterLineWithAnExtraMember() {
        AuditRecord r = CanonicalRecordWriterTest.randomRecord(new Random(3), 4).toBuilder().hash("a".repeat(64))
                .signature(null).build();
        String line = RecordCodec.toCanonicalJson(r);
        String twice = line.replace(",\"id\":", ",\"hash\":\"" + "b".repeat(64) + "\",\"id\":");
        StoredRecordLine s = StoredRecordLine.read(twice);
        assertEquals("b".repeat(64), s.hash()); // the last one wins, as in the reference reading
        assertArrayEquals(RecordCodec.hashInput(r), s.hashedBytes());
    }

    @Test
    void linesTheShortcutCannotJudgeAreLeftToTheReferenceReading() {
        String line = RecordCodec.toCanonicalJson(CanonicalRecordWriterTest.randomRecord(new Random(7), 2).toBuilder()
                .hash("a".repeat(64)).build());
        assertNull(StoredRecordLine.read("[1,2]"));
        assertNull(StoredRecordLine.read(line.substring(0, line.length() - 1))); // torn
        assertNull(StoredRecordLine.read(line + "{}")); // trailing content
        assertNull(StoredRecordLine.read(line.replace("\"hash\":\"" + "a".repeat(64) + "\"", "\"hash\":7")));
        assertNull(StoredRecordLine.read("{\"hash\":\"x\",\"seq\":1}")); // no comma before the member to cut
        // whitespace is kept: the cut line is then not canonical and simply will not hash to the record hash
        String spaced = line.replace(",\"id\":", ", \"id\":");
        assertFalse(Arrays.equals(line.replace(",\"hash\":\"" + "a".repeat(64) + "\"", "")
                .getBytes(StandardCharsets.UTF_8), StoredRecordLine.read(spaced).hashedBytes()));
    }
}
