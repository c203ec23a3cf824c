package io.portcullis.core.enforce.pseudonym;

import java.nio.ByteBuffer;
import javax.crypto.Mac;

/**
 * A deterministic stream of choices derived from one HMAC-SHA256 seed: block i of the stream is
 * HMAC(key, 0x02 || seed || i) (a counter-mode PRF, as in NIST SP 800-108), so a generator can draw
 * as many characters as it needs (long API keys) while staying a pure function of the key and the
 * seed. Used by one thread for one derivation, then dropped.
 */
public final class SurrogateRandom {

  private final Mac mac;
  private final byte[] seed;
  private byte[] block = new byte[0];
  private int position;
  private int counter;

  SurrogateRandom(Mac mac, byte[] seed) {
    this.mac = mac;
    this.seed = seed;
  }

  /** Uniform in [0, bound), without modulo bias (rejection sampling). */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive");
    }
    long range = 1L << 32;
    long limit = range - range % bound;
    while (true) {
      long v = nextUnsignedInt();
      if (v < limit) {
        return (int) (v % bound);
      }
    }
  }

  /** Uniform in [low, high], both inclusive. */
  public int between(int low, int high) {
    return low + nextInt(high - low + 1);
  }

  public char pick(String alphabet) {
    return alphabet.charAt(nextInt(alphabet.length()));
  }

  public <T> T pick(T[] choices) {
    return choices[nextInt(choices.length)];
  }

  public int pick(int[] choices) {
    return choices[nextInt(choices.length)];
  }

  private long nextUnsignedInt() {
    long v = 0;
    for (int i = 0; i < 4; i++) {
      v = (v << 8) | (nextByte() & 0xff);
    }
    return v;
  }

  private byte nextByte() {
    if (position == block.length) {
      mac.update((byte) 0x02);
      mac.update(seed);
      mac.update(ByteBuffer.allocate(4).putInt(counter++).array());
      block = mac.doFinal();
      position = 0;
    }
    return block[position++];
  }
}
