package io.portcullis.audit.chain;

import io.portcullis.audit.crypto.HashAlgorithm;
import io.portcullis.audit.crypto.SigningKey;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.AuditRecord;
import java.util.Base64;
import java.util.HexFormat;

/**
 * How one record's hash and signature are made, shared by the writer (sealing) and the verifier
 * (re-checking): hash = hex(H(RFC 8785 JSON without hash and signature)); signature (Ed25519 suite only)
 * = base64 of the signature over the 32 raw hash bytes.
 */
public final class RecordSealer {
    /** prev_hash of the first record of an instance. */
    public static final String GENESIS = "0".repeat(64);

    private RecordSealer() {
    }

    public static byte[] hashBytes(HashAlgorithm alg, AuditRecord r) {
        return alg.digest(RecordCodec.hashInput(r));
    }

    public static String hash(HashAlgorithm alg, AuditRecord r) {
        return HexFormat.of().formatHex(hashBytes(alg, r));
    }

    public static String sign(SigningKey key, byte[] hash) {
        return Base64.getEncoder().encodeToString(key.sign(hash));
    }
}
