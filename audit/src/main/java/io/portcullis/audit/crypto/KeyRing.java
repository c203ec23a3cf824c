package io.portcullis.audit.crypto;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every audit public key this deployment has used, by key id, plus (on a writer) the active signing key.
 *
 * <p>Files: the active private key lives at {@code key-file}; every public key ever used is kept as
 * {@code <key-file dir>/audit-public-keys/<key id>.pem}. Rotating is replacing (or deleting, to get a
 * fresh one generated) the private key file: old public keys stay in the directory, so records signed
 * before the rotation still verify, and records name their key by {@code key_id}.
 */
public final class KeyRing {
    public static final String PUBLIC_KEY_DIR = "audit-public-keys";

    private final Map<String, AuditPublicKey> keys = new LinkedHashMap<>();
    private final SigningKey signingKey;

    private KeyRing(SigningKey signingKey) {
        this.signingKey = signingKey;
        if (signingKey != null) {
            add(signingKey.publicKey());
        }
    }

    /**
     * Loads the signing key from {@code keyFile}, generating it (for {@code suite}) when the file does not
     * exist, records its public key in the public key directory and loads every public key found there.
     */
    public static KeyRing forWriter(Path keyFile, SigningSuite suite) throws IOException {
        KeyPair pair;
        if (Files.exists(keyFile)) {
            pair = PemKeys.readKeyPair(keyFile);
        } else {
            pair = PemKeys.generate(suite);
            PemKeys.writePrivateKey(keyFile, pair.getPrivate());
        }
        AuditPublicKey pub = AuditPublicKey.of(pair.getPublic());
        if (pub.suite() != suite) {
            throw new IOException(keyFile + " holds a " + pub.suite().wire() + " key but " + suite.wire()
                    + " is configured");
        }
        KeyRing ring = new KeyRing(new SigningKey(pub, pair.getPrivate()));
        Path dir = publicKeyDir(keyFile);
        Path own = dir.resolve(pub.keyId() + ".pem");
        if (!Files.exists(own)) {
            PemKeys.writePublicKey(own, pub);
        }
        ring.addDirectory(dir);
        return ring;
    }

    /** A verification-only ring from PEM public keys in a directory (e.g. an auditor's copy). */
    public static KeyRing forVerifier(Path publicKeyDir) throws IOException {
        KeyRing ring = new KeyRing(null);
        ring.addDirectory(publicKeyDir);
        return ring;
    }

    public static KeyRing of(AuditPublicKey... publicKeys) {
        KeyRing ring = new KeyRing(null);
        for (AuditPublicKey k : publicKeys) {
            ring.add(k);
        }
        return ring;
    }

    public static Path publicKeyDir(Path keyFile) {
        return keyFile.toAbsolutePath().getParent().resolve(PUBLIC_KEY_DIR);
    }

    public KeyRing add(AuditPublicKey key) {
        keys.put(key.keyId(), key);
        return this;
    }

    public void addDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> pems = Files.newDirectoryStream(dir, "*.pem")) {
            for (Path p : pems) {
                add(AuditPublicKey.of(PemKeys.readPublicKey(p)));
            }
        }
    }

    public Optional<AuditPublicKey> find(String keyId) {
        return Optional.ofNullable(keyId == null ? null : keys.get(keyId));
    }

    public Collection<AuditPublicKey> publicKeys() {
        return keys.values();
    }

    /** The active signing key; only present on a ring made with {@link #forWriter}. */
    public SigningKey signingKey() {
        if (signingKey == null) {
            throw new IllegalStateException("this key ring only verifies");
        }
        return signingKey;
    }

    /** Writes every public key as {@code <key id>.pem} into {@code dir}. */
    public void exportPublicKeys(Path dir) throws IOException {
        for (AuditPublicKey k : keys.values()) {
            PemKeys.writePublicKey(dir.resolve(k.keyId() + ".pem"), k);
        }
    }
}
