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
    if (id.length() != 18 || !digits(id, 17)) {
      return false;
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

  /**
   * A 15-digit ID of the 1984-1999 format: six-digit division, birth date YYMMDD in the 1900s,
   * three-digit sequence, and no check character. Only the division and the date can be checked,
   * which many 15-digit numbers pass, so callers must also require an ID label.
   */
  public static boolean isPlausibleLegacy(CharSequence id, LocalDate today) {
    if (id.length() != 15 || !digits(id, 15)) {
      return false;
    }
    return CnAdministrativeDivisions.isPlausible(id, 0)
        && date(1900 + number(id, 6, 2), number(id, 8, 2), number(id, 10, 2), today) != null;
  }

  /** The birth date embedded at positions 6..13, or null when it is not a real past date. */
  static LocalDate birthDate(CharSequence id, LocalDate today) {
    return date(number(id, 6, 4), number(id, 10, 2), number(id, 12, 2), today);
  }

  private static LocalDate date(int y, int m, int d, LocalDate today) {
    if (y < 1900 || y > today.getYear() || m < 1 || m > 12 || d < 1
        || d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
      return null;
    }
    LocalDate date = LocalDate.of(y, m, d);
    return date.isAfter(today) ? null : date;
  }

  private static boolean digits(CharSequence s, int count) {
    for (int i = 0; i < count; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(CharSequence s, int from, int len) {
    int v = 0;
    for (int i = from; i < from + len; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }
}
