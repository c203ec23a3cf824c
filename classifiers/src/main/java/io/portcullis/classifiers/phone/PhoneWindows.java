package io.portcullis.classifiers.phone;

import io.portcullis.classifiers.pattern.ScanText;

/** Cheap shape checks that spare libphonenumber windows that cannot be phone numbers. */
final class PhoneWindows {

  private PhoneWindows() {
  }

  /**
   * True for "2024-03-07", "07/03/1990", "2024.3.7" (three groups, a four-digit year at one end) and
   * for card-like runs of four-digit blocks with 16-19 digits ("6222 0212 3456 7890 128").
   */
  static boolean isDateOrCardShaped(String s, int from, int to) {
    int[] lengths = new int[8];
    int groups = 0;
    int len = 0;
    int digits = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (ScanText.isAsciiDigit(c)) {
        len++;
        digits++;
      } else if (len > 0) {
        if (groups == lengths.length) {
          return false;
        }
        lengths[groups++] = len;
        len = 0;
      }
    }
    if (len > 0 && groups < lengths.length) {
      lengths[groups++] = len;
    }
    if (groups == 3 && digits <= 8 && (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2
        || lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 4)) {
      return true;
    }
    if (digits >= 16 && digits <= 19 && groups >= 4) {
      for (int g = 0; g < groups - 1; g++) {
        if (lengths[g] != 4) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
