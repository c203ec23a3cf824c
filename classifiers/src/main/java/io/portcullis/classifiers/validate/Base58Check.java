package io.portcullis.classifiers.validate;

import java.math.BigInteger;
import org.bouncycastle.crypto.digests.SHA256Digest;

/** Bitcoin Base58Check: payload plus the first four bytes of SHA-256(SHA-256(payload)). */
public final class Base58Check {

  public static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger BASE = BigInteger.valueOf(58);

  private Base58Check() {
  }

  /** Decodes Base58 to bytes (leading '1's become zero bytes), or null on a foreign character. */
  public static byte[] decode(CharSequence s) {
    BigInteger v = BigInteger.ZERO;
    int zeros = 0;
    while (zeros < s.length() && s.charAt(zeros) == '1') {
      zeros++;
    }
    for (int i = 0; i < s.length(); i++) {
      int d = ALPHABET.indexOf(s.charAt(i));
      if (d < 0) {
        return null;
      }
      v = v.multiply(BASE).add(BigInteger.valueOf(d));
    }
    byte[] body = v.signum() == 0 ? new byte[0] : v.toByteArray();
    int skip = body.length > 0 && body[0] == 0 ? 1 : 0; // BigInteger sign byte
    byte[] out = new byte[zeros + body.length - skip];
    System.arraycopy(body, skip, out, zeros, body.length - skip);
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
