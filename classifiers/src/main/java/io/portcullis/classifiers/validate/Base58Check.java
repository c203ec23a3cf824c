package io.portcullis.classifiers.validate;

import java.math.BigInteger;
import org.bouncycastle.crypto.digests.SHA256Digest;

/** Bitcoin Base58Check: payload plus the first four bytes of SHA-256(SHA-256(payload)). */
public final class Base58Check {

  public static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger BASE = BigInteger.valueOf(58);

  private Base58Check() {
  }

  /** Each ASCII char's Base58 digit, or -1. */
  private static final byte[] DIGITS = new byte[128];

  static {
    java.util.Arrays.fill(DIGITS, (byte) -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      DIGITS[ALPHABET.charAt(i)] = (byte) i;
    }
  }

  /**
   * Decodes Base58 to bytes (leading '1's become zero bytes), or null on a foreign character.
   * Base-256 digits are multiplied up in place (as Bitcoin Core does) rather than through a
   * BigInteger per char: every 26-35 char run starting with 1 or 3 is decoded, and the BigInteger
   * arithmetic was most of CRYPTO's time.
   */
  public static byte[] decode(CharSequence s) {
    int n = s.length();
    int zeros = 0;
    while (zeros < n && s.charAt(zeros) == '1') {
      zeros++;
    }
    // log(58) / log(256) < 0.733: bytes needed for the value of n - zeros Base58 digits.
    byte[] b256 = new byte[(n - zeros) * 733 / 1000 + 1];
    int length = 0; // significant bytes at the end of b256
    for (int i = zeros; i < n; i++) {
      char c = s.charAt(i);
      int carry = c < 128 ? DIGITS[c] : -1;
      if (carry < 0) {
        return null;
      }
      int j = 0;
      for (int k = b256.length - 1; (carry != 0 || j < length) && k >= 0; k--, j++) {
        carry += 58 * (b256[k] & 0xFF);
        b256[k] = (byte) carry;
        carry >>>= 8;
      }
      length = j;
    }
    int skip = b256.length - length;
    while (skip < b256.length && b256[skip] == 0) {
      skip++;
    }
    byte[] out = new byte[zeros + b256.length - skip];
    System.arraycopy(b256, skip, out, zeros, b256.length - skip);
    return out;
  }

  public static String encode(byte[] data) {
    StringBuilder sb = new StringBuilder();
    BigInteger v = new BigInteger(1, data);
    while (v.signum() > 0) {
      BigInteger[] qr = v.divideAndRemainder(BASE);
      sb.append(ALPHABET.charAt(qr[1].intValue()));
      v = qr[0];
    }
    for (int i = 0; i < data.length && data[i] == 0; i++) {
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  /** Payload with its four checksum bytes appended. */
  public static byte[] withChecksum(byte[] payload) {
    byte[] h = doubleSha256(payload, payload.length);
    byte[] out = new byte[payload.length + 4];
    System.arraycopy(payload, 0, out, 0, payload.length);
    System.arraycopy(h, 0, out, payload.length, 4);
    return out;
  }

  /**
   * True for a P2PKH (version 0x00) or P2SH (0x05) address: 25 bytes whose last four are the
   * checksum of the first 21.
   */
  public static boolean isBitcoinAddress(CharSequence s) {
    byte[] b = decode(s);
    if (b == null || b.length != 25 || (b[0] != 0x00 && b[0] != 0x05)) {
      return false;
    }
    byte[] h = doubleSha256(b, 21);
    for (int i = 0; i < 4; i++) {
      if (h[i] != b[21 + i]) {
        return false;
      }
    }
    return true;
  }

  static byte[] doubleSha256(byte[] data, int len) {
    SHA256Digest d = new SHA256Digest();
    byte[] h = new byte[32];
    d.update(data, 0, len);
    d.doFinal(h, 0);
    d.update(h, 0, 32);
    d.doFinal(h, 0);
    return h;
  }
}
