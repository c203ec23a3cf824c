package io.portcullis.classifiers.validate;

/**
 * US Social Security number rules (SSA): area 001-899 except 666, group 01-99, serial 0001-9999,
 * and not one of the numbers the SSA voided after they were published (advertising, Woolworth).
 */
public final class UsSsn {

  private UsSsn() {
  }

  public static boolean isValid(int area, int group, int serial) {
    if (area <= 0 || area == 666 || area >= 900 || group <= 0 || group > 99 || serial <= 0
        || serial > 9999) {
      return false;
    }
    return !(area == 78 && group == 5 && serial == 1120)
        && !(area == 219 && group == 9 && serial == 9999);
  }

  /** Validates nine digits, separators already removed. */
  public static boolean isValid(CharSequence nineDigits) {
    if (nineDigits.length() != 9) {
      return false;
    }
    int v = 0;
    for (int i = 0; i < 9; i++) {
      char c = nineDigits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      v = v * 10 + (c - '0');
    }
    return isValid(v / 1_000_000, v / 10_000 % 100, v % 10_000);
  }
}
