package io.portcullis.audit.crypto;

import java.util.Locale;

/**
 * A signature algorithm with the hash that goes with it: {@code ed25519} with SHA-256, {@code sm2}
 * (SM2-with-SM3, GB/T 32918, default user id) with SM3. What carries a signature is not the suite's
 * business: signed checkpoints always cover every record, and per-record signatures are a separate choice
 * ({@link io.portcullis.audit.AuditLogConfig#recordSignatures}).
 */
public enum SigningSuite {
    ED25519("Ed25519", HashAlgorithm.SHA256),
    SM2("SM3withSM2", HashAlgorithm.SM3);

    private final String jcaName;
    private final HashAlgorithm hash;

    SigningSuite(String jcaName, HashAlgorithm hash) {
        this.jcaName = jcaName;
        this.hash = hash;
    }

    public String jcaName() {
        return jcaName;
    }

    public HashAlgorithm hash() {
        return hash;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SigningSuite fromWire(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
