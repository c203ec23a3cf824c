package io.portcullis.audit.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/** Reading, writing and generating audit keys as PEM files that openssl reads too (PKCS#8 / SPKI). */
public final class PemKeys {
    private static final JcaPEMKeyConverter CONVERTER = new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER);

    private PemKeys() {
    }

    public static KeyPair generate(SigningSuite suite) {
        try {
            if (suite == SigningSuite.ED25519) {
                return KeyPairGenerator.getInstance("Ed25519", BouncyCastle.PROVIDER).generateKeyPair();
            }
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
            g.initialize(new ECGenParameterSpec("sm2p256v1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate " + suite + " key", e);
        }
    }

    /** Reads a private key PEM (PKCS#8 or traditional) and derives its public key. */
    public static KeyPair readKeyPair(Path file) throws IOException {
        Object o = parse(file);
        if (o instanceof PEMKeyPair kp) {
            return CONVERTER.getKeyPair(kp);
        }
        if (o instanceof PrivateKeyInfo info) {
            PrivateKey priv = CONVERTER.getPrivateKey(info);
            return new KeyPair(publicFromPrivate(priv), priv);
        }
        throw new IOException(file + " holds no private key");
    }

    public static PublicKey readPublicKey(Path file) throws IOException {
        Object o = parse(file);
        if (o instanceof SubjectPublicKeyInfo spki) {
            return CONVERTER.getPublicKey(spki);
        }
        if (o instanceof PEMKeyPair kp) {
            return CONVERTER.getKeyPair(kp).getPublic();
        }
        throw new IOException(file + " holds no public key");
    }

    /** Writes a private key as unencrypted PKCS#8, readable by the owner only, atomically. */
    public static void writePrivateKey(Path file, PrivateKey key) throws IOException {
        StringWriter sw = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
            w.writeObject(new JcaPKCS8Generator(key, null));
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".key", ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: rely on the directory's protection
        }
        Files.writeString(tmp, sw.toString(), StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public static void writePublicKey(Path file, AuditPublicKey key) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, key.pem(), StandardCharsets.US_ASCII);
    }

    private static Object parse(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser p = new PEMParser(r)) {
            Object o = p.readObject();
            if (o == null) {
                throw new IOException(file + " is not a PEM file");
            }
            return o;
        }
    }

    private static PublicKey publicFromPrivate(PrivateKey priv) throws IOException {
        if (priv instanceof org.bouncycastle.jcajce.interfaces.EdDSAPrivateKey ed) {
            return ed.getPublicKey();
        }
        if (priv instanceof org.bouncycastle.jce.interfaces.ECPrivateKey ec) {
            var spec = ec.getParameters();
            var q = spec.getG().multiply(ec.getD()).normalize();
            try {
                return java.security.KeyFactory.getInstance("EC", BouncyCastle.PROVIDER)
                        .generatePublic(new org.bouncycastle.jce.spec.ECPublicKeySpec(q, spec));
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot derive the SM2 public key", e);
            }
        }
        throw new IOException("unsupported private key " + priv.getAlgorithm());
    }
}
