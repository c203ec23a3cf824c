package io.portcullis.audit.crypto;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

/**
 * The private half of the active audit key. One JCA {@link Signature} per thread, because they are not
 * thread-safe and creating one per call costs more than the Ed25519 signature itself.
 */
public final class SigningKey {
    private final AuditPublicKey publicKey;
    private final PrivateKey privateKey;
    private final ThreadLocal<Signature> signers;

    public SigningKey(AuditPublicKey publicKey, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.signers = ThreadLocal.withInitial(this::newSigner);
    }

    public AuditPublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return publicKey.keyId();
    }

    public SigningSuite suite() {
        return publicKey.suite();
    }

    public byte[] sign(byte[] message) {
        try {
            Signature s = signers.get();
            s.initSign(privateKey);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("audit signing failed", e);
        }
    }

    private Signature newSigner() {
        try {
            return Signature.getInstance(publicKey.suite().jcaName(), BouncyCastle.PROVIDER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bouncy Castle lacks " + publicKey.suite().jcaName(), e);
        }
    }
}
