package io.portcullis.classifiers.validate;

/**
 * Province-level codes of GB/T 2260 (the first two digits of resident IDs and of the division part
 * of unified social credit codes).
 */
public final class CnAdministrativeDivisions {

  private static final int[] PROVINCES = {
      11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
      50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};

  private static final boolean[] KNOWN = new boolean[100];

  static {
    for (int p : PROVINCES) {
      KNOWN[p] = true;
    }
  }

  private CnAdministrativeDivisions() {
  }

  public static int[] provinces() {
    return PROVINCES.clone();
  }

  /**
   * True when the six characters at {@code from} look like a real county-level division: a known
   * province and a non-zero prefecture part (individuals and companies register below province).
   */
  public static boolean isPlausible(CharSequence s, int from) {
    return isPlausible(s, from, false);
  }

  /**
   * As {@link #isPlausible(CharSequence, int)}; with {@code registrationLevel} also province-level
   * ("110000") and national ("100000") codes, where organisations (unlike people) are registered.
   */
  public static boolean isPlausible(CharSequence s, int from, boolean registrationLevel) {
    for (int i = from; i < from + 6; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    int province = (s.charAt(from) - '0') * 10 + (s.charAt(from + 1) - '0');
    if (registrationLevel && province == 10) {
      return "0000".contentEquals(s.subSequence(from + 2, from + 6));
    }
    if (!KNOWN[province]) {
      return false;
    }
    if (registrationLevel) {
      return true;
    }
    // Taiwan, Hong Kong and Macau codes are used with trailing zeros; mainland ones need a prefecture.
    return province >= 71 || s.charAt(from + 2) != '0' || s.charAt(from + 3) != '0';
  }
}
