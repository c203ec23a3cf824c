package io.portcullis.classifiers.validate;

/** The Luhn (mod 10) check used by payment card numbers (ISO/IEC 7812-1). */
public final class Luhn {

  private Luhn() {
  }

  /** True when the all-digit string passes Luhn. */
  public static boolean isValid(CharSequence digits) {
    if (digits.length() < 2) {
      return false;
    }
    return sum(digits, digits.length(), false) % 10 == 0;
  }

  /** The check digit to append to {@code payload} (all digits). */
  public static char checkDigit(CharSequence payload) {
    int s = sum(payload, payload.length(), true);
    return (char) ('0' + (10 - s % 10) % 10);
  }

  // Doubles every second digit counting from the right; the rightmost is doubled when the check
  // digit is still to come.
  private static int sum(CharSequence d, int len, boolean doubleRightmost) {
    int s = 0;
    boolean dbl = doubleRightmost;
    for (int i = len - 1; i >= 0; i--) {
      int v = d.charAt(i) - '0';
      if (v < 0 || v > 9) {
        return 1; // not a digit: never a multiple of 10 below
      }
      if (dbl) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      s += v;
      dbl = !dbl;
    }
    return s;
  }
}
