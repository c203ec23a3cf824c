package io.portcullis.audit.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.audit.AuditLog;
import io.portcullis.audit.AuditLogConfig;
import io.portcullis.audit.Drafts;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.store.lucene.LuceneAuditStore;
import io.portcullis.audit.verify.AuditVerifier;
import io.portcullis.audit.verify.FailureReason;
import io.portcullis.audit.verify.VerificationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRotationTest {
    @TempDir
    Path dir;

    private static List<AuditRecord> write(AuditLog log, int from, int n) {
        List<AuditRecord> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            out.add(log.append(Drafts.draft(i)).join());
        }
        return out;
    }

    @Test
    void rotatedKeyContinuesTheChainAndOldRecordsStillVerify() throws Exception {
        Path keyFile = dir.resolve("keys/audit.pem");
        AuditLogConfig config = AuditLogConfig.defaults(dir.resolve("spool"), "filter-1", keyFile,
                SigningSuite.ED25519);
        try (LuceneAuditStore store = LuceneAuditStore.open(dir.resolve("index"))) {
            AuditLog first = AuditLog.open(config, store);
            String oldKey = write(first, 0, 30).getFirst().keyId();
            first.close();

            Files.delete(keyFile); // rotation: the next start generates a new key, the old public key stays
            AuditLog second = AuditLog.open(config, store);
            List<AuditRecord> after = write(second, 30, 30);
            second.close();
            store.refresh();
            assertNotEquals(oldKey, after.getFirst().keyId());
            assertEquals(31, after.getFirst().seq(), "the chain continues across the rotation");

            KeyRing published = KeyRing.forVerifier(KeyRing.publicKeyDir(keyFile));
            assertEquals(2, published.publicKeys().size());
            VerificationResult v = AuditVerifier.verify(store, published, "filter-1", null, null);
            assertTrue(v.intact(), v.summary());

            Path onlyNew = dir.resolve("only-new");
            Files.createDirectories(onlyNew);
            Files.copy(KeyRing.publicKeyDir(keyFile).resolve(after.getFirst().keyId() + ".pem"),
                    onlyNew.resolve(after.getFirst().keyId() + ".pem"));
            VerificationResult partial = AuditVerifier.verify(store, KeyRing.forVerifier(onlyNew), "filter-1",
                    null, null);
            assertFalse(partial.intact());
            assertEquals(FailureReason.UNKNOWN_KEY, partial.failure().reason());
            assertEquals(1, partial.failure().seq());
        }
    }

    @Test
    void valueHmacIsKeyedAndNormalised() throws Exception {
        ValueHmac a = ValueHmac.fromKeyFile(dir.resolve("hmac-a.key"));
        ValueHmac b = ValueHmac.fromKeyFile(dir.resolve("hmac-b.key"));
        assertEquals(a.hmac("110101199003077777"), a.hmac(" 110101199003077777\n"));
        assertEquals(a.hmac("Ame\u0301lie@example.com"), a.hmac("Am\u00e9lie@example.com")); // NFC
        assertNotEquals(a.hmac("110101199003077777"), b.hmac("110101199003077777"));
        assertEquals(a.hmac("x"), ValueHmac.fromKeyFile(dir.resolve("hmac-a.key")).hmac("x"), "key persisted");
        assertEquals(64, a.hmac("x").length());
    }
}
