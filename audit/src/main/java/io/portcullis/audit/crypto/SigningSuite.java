package io.portcullis.audit.crypto;

import java.util.Locale;

/**
 * A signature algorithm with the hash that goes with it, and the decision of what it signs.
 *
 * <ul>
 *   <li>{@code ed25519}: SHA-256 hashes; EVERY record carries its own Ed25519 signature over its 32-byte
 *       hash (measured ~46 µs per signature with BC 1.82, affordable at our rates), and checkpoints are
 *       signed as well. A single record is then checkable on its own.</li>
 *   <li>{@code sm2}: SM3 hashes; SM2-with-SM3 (GB/T 32918, default user id) signs only checkpoints
 *       (~1.4 ms per signature would cap a core at ~700 records/s). A record is covered by the first
 *       checkpoint whose tree contains it, at most N records or T ms later; after a crash the restarted
 *       instance signs a checkpoint over everything it recovered before accepting new records.</li>
 * </ul>
 */
public enum SigningSuite {
    ED25519("Ed25519", HashAlgorithm.SHA256, true),
    SM2("SM3withSM2", HashAlgorithm.SM3, false);

    private final String jcaName;
    private final HashAlgorithm hash;
    private final boolean signsEveryRecord;

    SigningSuite(String jcaName, HashAlgorithm hash, boolean signsEveryRecord) {
        this.jcaName = jcaName;
        this.hash = hash;
        this.signsEveryRecord = signsEveryRecord;
    }

    public String jcaName() {
        return jcaName;
    }

    public HashAlgorithm hash() {
        return hash;
    }

    public boolean signsEveryRecord() {
        return signsEveryRecord;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SigningSuite fromWire(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
