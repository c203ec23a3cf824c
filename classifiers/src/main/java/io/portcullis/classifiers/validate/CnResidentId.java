package io.portcullis.classifiers.validate;

import java.time.LocalDate;

/**
 * PRC resident identity number (GB 11643-1999): six-digit division code, birth date YYYYMMDD,
 * three-digit sequence, ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public final class CnResidentId {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = "10X98765432".toCharArray();

  private CnResidentId() {
  }

  /** The check character for the first 17 digits. */
  public static char checkChar(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** Check character, real past birth date (1900 or later) and a known division prefix. */
  public static boolean isValid(CharSequence id, LocalDate today) {
    if (id.length() != 18) {
      return false;
    }
    for (int i = 0; i < 17; i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return false;
      }
    }
    char last = Character.toUpperCase(id.charAt(17));
    if (last != checkChar(id)) {
      return false;
    }
    return CnAdministrativeDivisions.isPlausible(id, 0) && birthDate(id, today) != null;
  }

  public static boolean isValid(CharSequence id) {
    return isValid(id, LocalDate.now());
  }

  /** The birth date embedded at positions 6..13, or null when it is not a real past date. */
  static LocalDate birthDate(CharSequence id, LocalDate today) {
    int y = number(id, 6, 4);
    int m = number(id, 10, 2);
    int d = number(id, 12, 2);
    if (y < 1900 || y > today.getYear() || m < 1 || m > 12 || d < 1
        || d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
      return null;
    }
    LocalDate date = LocalDate.of(y, m, d);
    return date.isAfter(today) ? null : date;
  }

  private static int number(CharSequence s, int from, int len) {
    int v = 0;
    for (int i = from; i < from + len; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }
}
