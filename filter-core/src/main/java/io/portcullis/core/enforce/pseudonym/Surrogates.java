package io.portcullis.core.enforce.pseudonym;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Realistic, format-preserving surrogates derived from a process-wide HMAC key: the surrogate of a
 * value is a pure function of (key, scope, type, value), so a conversation sees the same surrogate
 * every turn without anything storing the raw value. Thread-safe; one instance per process.
 */
public final class Surrogates {

  private static final String ALGORITHM = "HmacSHA256";
  /** Attempts before giving up on a realistic surrogate that differs from the value. */
  static final int MAX_ATTEMPTS = 64;
  private static final int MIN_KEY_BYTES = 16;
  /**
   * Longer values get a short placeholder instead of a format-preserving surrogate: the longest
   * surrogate sets every stream's hold-back window, so it must stay small whatever the input.
   */
  public static final int MAX_SURROGATE_VALUE_LENGTH = 256;

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;

  /** @param hmacKey at least 16 bytes of secret key material; copied. */
  public Surrogates(byte[] hmacKey) {
    Objects.requireNonNull(hmacKey, "hmacKey");
    if (hmacKey.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("HMAC key must be at least " + MIN_KEY_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(Arrays.copyOf(hmacKey, hmacKey.length), ALGORITHM);
    newMac(); // fail at construction, not on the first exchange
    // Mac instances are not thread-safe; one per thread avoids both locking and per-call lookup.
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  /**
   * The surrogate of {@code value} (of catalog type {@code entityType}) within {@code scope} (e.g.
   * tenant or conversation id): same inputs, same output; never equal to the value. Types without
   * a generator, values a generator cannot read and values over
   * {@link #MAX_SURROGATE_VALUE_LENGTH} characters get a typed placeholder with a number derived
   * from the same HMAC.
   */
  public String surrogate(String entityType, String value, String scope) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      String s = surrogate(entityType, value, scope, attempt);
      if (!s.equals(value)) {
        return s;
      }
    }
    return placeholder(entityType, 0);
  }

  /** True when {@code entityType} has a realistic generator (otherwise: placeholders). */
  public boolean hasGenerator(String entityType) {
    return SurrogateGenerators.forType(entityType) != null;
  }

  /** A typed placeholder such as "[CN_RESIDENT_ID_1]". */
  public String placeholder(String entityType, int n) {
    return "[" + entityType + "_" + n + "]";
  }

  /** The text that replaces a redacted value, never restored: "[REDACTED:CN_RESIDENT_ID]". */
  public String redaction(String entityType) {
    return "[REDACTED:" + entityType + "]";
  }

  /** Derivation number {@code attempt} (0, 1, ...): how collisions are re-derived. */
  String surrogate(String entityType, String value, String scope, int attempt) {
    SurrogateRandom random = random(entityType, value, scope, attempt);
    SurrogateGenerator generator = value.length() > MAX_SURROGATE_VALUE_LENGTH ? null
        : SurrogateGenerators.forType(entityType);
    String s = generator == null ? null : generator.generate(value, random);
    return s != null ? s : placeholder(entityType, 1 + random.nextInt(99_999));
  }

  private SurrogateRandom random(String entityType, String value, String scope, int attempt) {
    Mac mac = macs.get();
    mac.update((byte) 0x01); // domain: seed derivation (0x02 is the expansion in SurrogateRandom)
    field(mac, scope);
    field(mac, entityType);
    field(mac, value);
    mac.update(ByteBuffer.allocate(4).putInt(attempt).array());
    return new SurrogateRandom(mac, mac.doFinal());
  }

  // Length-prefixed, so "a|b" + "c" and "a" + "b|c" can never feed the HMAC the same bytes.
  private static void field(Mac mac, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    mac.update(bytes);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
