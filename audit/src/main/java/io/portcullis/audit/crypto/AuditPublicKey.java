package io.portcullis.audit.crypto;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * A verification key with its id. The key id is the first 8 bytes (16 hex digits) of the SHA-256 of the
 * key's DER SubjectPublicKeyInfo, so anyone holding the PEM file can recompute it
 * ({@code openssl pkey -pubin -outform DER | sha256sum}).
 */
public record AuditPublicKey(String keyId, SigningSuite suite, PublicKey key) {

    public static AuditPublicKey of(PublicKey key) {
        return new AuditPublicKey(keyIdOf(key), suiteOf(key), key);
    }

    public static String keyIdOf(PublicKey key) {
        return HexFormat.of().formatHex(Arrays.copyOf(HashAlgorithm.SHA256.digest(key.getEncoded()), 8));
    }

    static SigningSuite suiteOf(PublicKey key) {
        String alg = key.getAlgorithm();
        if (alg.equalsIgnoreCase("Ed25519") || alg.equalsIgnoreCase("EdDSA")) {
            return SigningSuite.ED25519;
        }
        if (alg.equalsIgnoreCase("EC") || alg.equalsIgnoreCase("ECDSA") || alg.equalsIgnoreCase("SM2")) {
            return SigningSuite.SM2;
        }
        throw new IllegalArgumentException("unsupported audit key algorithm: " + alg);
    }

    /** One JCA verifier per thread and suite: looking one up costs more than an Ed25519 verification. */
    private static final ThreadLocal<java.util.EnumMap<SigningSuite, Signature>> VERIFIERS =
            ThreadLocal.withInitial(() -> new java.util.EnumMap<>(SigningSuite.class));

    public boolean verify(byte[] message, byte[] signature) {
        try {
            Signature s = VERIFIERS.get().get(suite);
            if (s == null) {
                s = Signature.getInstance(suite.jcaName(), BouncyCastle.PROVIDER);
                VERIFIERS.get().put(suite, s);
            }
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            // a malformed signature is a bad signature, not a crash of the verifier
            return false;
        }
    }

    /**
     * The public key bytes that go into a C2SP note key hash: the 32-byte RFC 8032 key for Ed25519, the DER
     * SubjectPublicKeyInfo otherwise.
     */
    public byte[] noteKeyBytes() {
        if (suite == SigningSuite.ED25519) {
            return SubjectPublicKeyInfo.getInstance(key.getEncoded()).getPublicKeyData().getBytes();
        }
        return key.getEncoded();
    }

    /** C2SP signature type: 0x01 for Ed25519; 0xff followed by an identifier for SM2-with-SM3. */
    public byte[] noteSignatureType() {
        if (suite == SigningSuite.ED25519) {
            return new byte[] {0x01};
        }
        byte[] id = "portcullis-sm2-sm3".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[id.length + 1];
        out[0] = (byte) 0xff;
        System.arraycopy(id, 0, out, 1, id.length);
        return out;
    }

    public String pem() {
        StringWriter sw = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
            w.writeObject(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }
}
