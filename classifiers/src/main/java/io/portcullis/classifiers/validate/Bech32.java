package io.portcullis.classifiers.validate;

/** Bech32 (BIP 173) and Bech32m (BIP 350) checksums, for SegWit and Taproot addresses. */
public final class Bech32 {

  public static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  static final int BECH32_CONST = 1;
  static final int BECH32M_CONST = 0x2bc830a3;
  private static final int[] GEN = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

  private Bech32() {
  }

  /**
   * True when {@code s} (one case throughout) splits at its last '1' into one of {@code hrps} and a
   * data part whose checksum verifies as Bech32 or Bech32m.
   */
  public static boolean isValid(String s, String... hrps) {
    if (s.length() < 8 || s.length() > 90) {
      return false;
    }
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    if (!s.equals(lower) && !s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
      return false; // mixed case is forbidden
    }
    int sep = lower.lastIndexOf('1');
    if (sep < 1 || lower.length() - sep - 1 < 6) {
      return false;
    }
    String hrp = lower.substring(0, sep);
    boolean known = false;
    for (String h : hrps) {
      known |= h.equals(hrp);
    }
    if (!known) {
      return false;
    }
    int[] data = new int[lower.length() - sep - 1];
    for (int i = 0; i < data.length; i++) {
      int v = CHARSET.indexOf(lower.charAt(sep + 1 + i));
      if (v < 0) {
        return false;
      }
      data[i] = v;
    }
    int pm = polymod(expand(hrp), data);
    return pm == BECH32_CONST || pm == BECH32M_CONST;
  }

  /** Encodes hrp + 5-bit data with a Bech32 ({@code m=false}) or Bech32m checksum. */
  public static String encode(String hrp, int[] data, boolean m) {
    int[] withZeros = new int[data.length + 6];
    System.arraycopy(data, 0, withZeros, 0, data.length);
    int pm = polymod(expand(hrp), withZeros) ^ (m ? BECH32M_CONST : BECH32_CONST);
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int d : data) {
      sb.append(CHARSET.charAt(d));
    }
    for (int i = 0; i < 6; i++) {
      sb.append(CHARSET.charAt((pm >>> (5 * (5 - i))) & 31));
    }
    return sb.toString();
  }

  private static int[] expand(String hrp) {
    int n = hrp.length();
    int[] out = new int[2 * n + 1];
    for (int i = 0; i < n; i++) {
      out[i] = hrp.charAt(i) >> 5;
      out[n + 1 + i] = hrp.charAt(i) & 31;
    }
    return out;
  }

  private static int polymod(int[] hrp, int[] data) {
    int chk = 1;
    for (int[] part : new int[][] {hrp, data}) {
      for (int v : part) {
        int top = chk >>> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; i++) {
          if (((top >>> i) & 1) != 0) {
            chk ^= GEN[i];
          }
        }
      }
    }
    return chk;
  }
}
