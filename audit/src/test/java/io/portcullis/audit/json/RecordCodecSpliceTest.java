package io.portcullis.audit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portcullis.audit.Drafts;
import io.portcullis.audit.chain.HashChain;
import io.portcullis.audit.crypto.AuditPublicKey;
import io.portcullis.audit.crypto.PemKeys;
import io.portcullis.audit.crypto.SigningKey;
import io.portcullis.audit.crypto.SigningSuite;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.RecordKind;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The write path's spliced spool line must be byte for byte the reference canonical JSON. */
class RecordCodecSpliceTest {

    @Test
    void splicedLineEqualsTheReferenceForEverySuiteRecordShapeAndSignatureSetting() {
        for (SigningSuite suite : SigningSuite.values()) {
            KeyPair pair = PemKeys.generate(suite);
            HashChain chain = HashChain.empty("i-1", new SigningKey(AuditPublicKey.of(pair.getPublic()),
                    pair.getPrivate()));
            for (int i = 0; i < 40; i++) {
                AuditRecord draft = Drafts.draft(i);
                if (i % 5 == 0) {
                    draft = draft.toBuilder().tenant(null).status(null).build(); // time follows signature
                }
                if (i % 7 == 0) {
                    draft = draft.toBuilder().tenant("a\"b,\"id\":\\").action("x\",\"id\":\"").findings(List.of())
                            .kind(RecordKind.ACCESS).build(); // tricky strings, fewer members
                }
                HashChain.Sealed s = chain.seal(chain.link(draft), i % 2 == 0); // with and without a signature
                assertEquals(RecordCodec.toCanonicalJson(s.record()), s.line(), suite + " record " + i);
            }
        }
    }
}
