package io.portcullis.core.enforce.pseudonym;

/**
 * Makes a surrogate for one family of entity types. Implementations are stateless (one instance
 * serves every thread); all randomness comes from the {@link SurrogateRandom} handed in, which is
 * seeded from the keyed HMAC of the value, so the same value always yields the same surrogate.
 */
public interface SurrogateGenerator {

  /**
   * A surrogate of the same type and format as {@code value}, or null when the value is not in a
   * shape this generator understands (the caller then falls back to a typed placeholder). May rarely
   * return the value itself; the caller re-derives with another attempt number.
   */
  String generate(String value, SurrogateRandom random);
}
