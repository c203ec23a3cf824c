package io.portcullis.audit.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed HMAC-SHA256 of a finding value, so an auditor holding a value can ask whether it crossed
 * without the trail ever storing the value. Values are NFC-normalised and trimmed first so the same
 * value typed twice hashes the same. The key is a secret: anyone holding it can test guesses.
 */
public final class ValueHmac {
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    public ValueHmac(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("HMAC key must be at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** Loads a 32-byte key stored as hex, generating it (owner-readable only) when the file is absent. */
    public static ValueHmac fromKeyFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] k = new byte[32];
            new SecureRandom().nextBytes(k);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".hmac", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not POSIX
            }
            Files.writeString(tmp, HexFormat.of().formatHex(k) + "\n");
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        }
        return new ValueHmac(HexFormat.of().parseHex(Files.readString(file).trim()));
    }

    public String hmac(String value) {
        String normalised = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        Mac mac = macs.get();
        mac.reset();
        return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always has HmacSHA256", e);
        }
    }
}
