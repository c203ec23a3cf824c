package io.portcullis.classifiers.validate;

/**
 * Hong Kong identity card number: one or two letters, six digits, a MOD 11 check character (0-9 or
 * A). A single-letter prefix is weighed as if preceded by a space (value 36).
 */
public final class HkId {

  private HkId() {
  }

  /** Check character for letters + six digits (no brackets), or '?' if malformed. */
  public static char checkChar(CharSequence prefixAndDigits) {
    int n = prefixAndDigits.length();
    if (n != 7 && n != 8) {
      return '?';
    }
    int sum = n == 7 ? 36 * 9 : 0;
    int weight = n == 7 ? 8 : 9;
    for (int i = 0; i < n; i++) {
      char c = prefixAndDigits.charAt(i);
      int v;
      if (i < n - 6) {
        if (c < 'A' || c > 'Z') {
          return '?';
        }
        v = c - 'A' + 10;
      } else {
        if (c < '0' || c > '9') {
          return '?';
        }
        v = c - '0';
      }
      sum += v * weight--;
    }
    int check = (11 - sum % 11) % 11;
    return check == 10 ? 'A' : (char) ('0' + check);
  }

  public static boolean isValid(CharSequence prefixAndDigits, char check) {
    char expected = checkChar(prefixAndDigits);
    return expected != '?' && expected == Character.toUpperCase(check);
  }
}
