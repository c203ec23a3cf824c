package io.portcullis.audit.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The digest used for record hashes, the chain and the Merkle tree. SHA-256 goes through the JDK (which
 * has CPU intrinsics for it); SM3 through Bouncy Castle. Both are 32 bytes.
 */
public enum HashAlgorithm {
    SHA256("sha256"), SM3("sm3");

    private final String wire;

    HashAlgorithm(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Digest of the concatenation of the parts. */
    public byte[] digest(byte[]... parts) {
        if (this == SHA256) {
            MessageDigest md = jdkSha256();
            for (byte[] p : parts) {
                md.update(p);
            }
            return md.digest();
        }
        Digest d = newDigest();
        for (byte[] p : parts) {
            d.update(p, 0, p.length);
        }
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return out;
    }

    /** A fresh Bouncy Castle digest (for callers that stream). */
    public Digest newDigest() {
        return this == SHA256 ? new SHA256Digest() : new SM3Digest();
    }

    public static HashAlgorithm fromWire(String s) {
        for (HashAlgorithm a : values()) {
            if (a.wire.equalsIgnoreCase(s)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown hash algorithm: " + s);
    }

    private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    });

    private static MessageDigest jdkSha256() {
        MessageDigest md = SHA.get();
        md.reset();
        return md;
    }
}
