package io.portcullis.classifiers.validate;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * EIP-55 mixed-case checksum for Ethereum addresses: a hex letter is upper case exactly when the
 * matching nibble of Keccak-256(lower-case address) is 8 or more.
 */
public final class Eip55 {

  private Eip55() {
  }

  /** The checksummed form of 40 hex digits (without "0x"). */
  public static String checksum(String hex40) {
    String lower = hex40.toLowerCase(Locale.ROOT);
    KeccakDigest k = new KeccakDigest(256);
    byte[] in = lower.getBytes(StandardCharsets.US_ASCII);
    k.update(in, 0, in.length);
    byte[] h = new byte[32];
    k.doFinal(h, 0);
    StringBuilder sb = new StringBuilder(40);
    for (int i = 0; i < 40; i++) {
      char c = lower.charAt(i);
      int nibble = (h[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
      sb.append(c >= 'a' && nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  /** True when the mixed-case hex digits carry a correct EIP-55 checksum. */
  public static boolean hasValidChecksum(String hex40) {
    return hex40.length() == 40 && checksum(hex40).equals(hex40);
  }

  /** All letters one case: EIP-55 carries no checksum then. */
  public static boolean isSingleCase(String hex40) {
    return hex40.equals(hex40.toLowerCase(Locale.ROOT)) || hex40.equals(hex40.toUpperCase(Locale.ROOT));
  }
}
