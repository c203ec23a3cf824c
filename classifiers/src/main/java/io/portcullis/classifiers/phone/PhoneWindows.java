package io.portcullis.classifiers.phone;

import io.portcullis.classifiers.pattern.ScanText;

/** Cheap shape checks that spare libphonenumber windows that cannot be phone numbers. */
final class PhoneWindows {

  private PhoneWindows() {
  }

  /**
   * True for IPv4 dotted quads, for "2024-03-07", "07/03/1990", "2024.3.7" (three groups, a four-digit year at one end) and
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
    if (groups == 4 && lengths[0] <= 3 && lengths[1] <= 3 && lengths[2] <= 3 && lengths[3] <= 3
        && dotsOnly(s, from, trimEnd(s, from, to))) {
      return true; // dotted quad: an IPv4 address
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

  private static int trimEnd(String s, int from, int to) {
    while (to > from && !ScanText.isAsciiDigit(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  private static boolean dotsOnly(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!ScanText.isAsciiDigit(c) && c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * End of a numeric date starting at {@code i} ("2024-03-07", "2024/3/7", "07.03.2024"), or -1.
   * Only dates with '-', '/' or '.' separators count; "2024 03 07" could be a phone number.
   */
  static int dateEnd(String s, int i) {
    if (i > 0 && ScanText.isAsciiDigit(s.charAt(i - 1))) {
      return -1;
    }
    int a = run(s, i);
    if (a == 0 || i + a >= s.length()) {
      return -1;
    }
    char sep = s.charAt(i + a);
    if (sep != '-' && sep != '/' && sep != '.') {
      return -1;
    }
    int b = run(s, i + a + 1);
    int p = i + a + 1 + b;
    if (b == 0 || b > 2 || p >= s.length() || s.charAt(p) != sep) {
      return -1;
    }
    int c = run(s, p + 1);
    boolean ymd = a == 4 && c >= 1 && c <= 2;
    boolean dmy = a <= 2 && c == 4;
    return ymd || dmy ? p + 1 + c : -1;
  }

  private static int run(String s, int i) {
    int k = 0;
    while (i + k < s.length() && k < 5 && ScanText.isAsciiDigit(s.charAt(i + k))) {
      k++;
    }
    return k;
  }

  /**
   * For a window holding one unbroken digit run (no separators), whether it can be a number in
   * the two plans we hint most: CN (11-digit mobiles from 1, area-coded landlines from 0, 86+mobile)
   * and US (ten digits, area code 2-9, optional leading 1). Timestamps, passport and account
   * numbers fail here without a trip through the matcher. Other regions are left to libphonenumber.
   */
  static boolean plausibleUnbroken(String s, int from, int to, String region) {
    int a = firstDigit(s, from, to);
    if (a < 0) {
      return true;
    }
    int len = runLength(s, a, to);
    char first = len > 0 ? s.charAt(a) : '0';
    return switch (region) {
      case "CN" -> len == 11 && first == '1' || first == '0' && len >= 10 && len <= 12
          || len == 13 && s.startsWith("86", a);
      case "US" -> len == 10 && first >= '2' || len == 11 && first == '1';
      default -> true;
    };
  }

  /**
   * Whether the window is shaped like a mainland Chinese mobile written without +86: eleven digits,
   * 1 then 3-9, unbroken or grouped 3-4-4 with spaces or hyphens. People paste these into prompts in
   * any language, so the caller tries them in the CN plan whatever the hints say.
   */
  static boolean chineseMobileShaped(String s, int from, int to) {
    int a = firstDigit(s, from, to);
    if (a < 0 || a + 1 >= to || s.charAt(a) != '1' || s.charAt(a + 1) < '3') {
      return false;
    }
    int first = runLength(s, a, to);
    if (first == 11) {
      return true;
    }
    // the way Chinese mobiles are written in groups: 138 1234 5678, 138-1234-5678
    return first == 3 && group(s, a + 3, to, 4) && group(s, a + 8, to, 4);
  }

  /** Whether {@code s} has one space or hyphen at {@code sep}, then exactly {@code digits} digits. */
  private static boolean group(String s, int sep, int to, int digits) {
    return sep < to && (s.charAt(sep) == ' ' || s.charAt(sep) == '-') && runLength(s, sep + 1, to) == digits;
  }

  /** The window's first digit, or -1 when a '+' (a country code follows) comes before any. */
  private static int firstDigit(String s, int from, int to) {
    int a = from;
    while (a < to && !ScanText.isAsciiDigit(s.charAt(a))) {
      if (s.charAt(a) == '+') {
        return -1;
      }
      a++;
    }
    return a;
  }

  private static int runLength(String s, int a, int to) {
    int b = a;
    while (b < to && ScanText.isAsciiDigit(s.charAt(b))) {
      b++;
    }
    return b - a;
  }

  /**
   * For a window of several digit groups, whether some run of whole groups has the digit count of
   * a number in the two plans we hint most (what {@code findNumbers} VALID accepted in our checks):
   * US ten digits from 2-9, eleven from 1, or 011 and up to 15 more; CN eleven from 1 (mobiles),
   * ten from "10", 9-12 from the trunk 0 ("025-96-1237" is valid), ten or eleven from 2-9 (area code without the trunk 0,
   * 400/800 numbers), 12-13 from "86", or 00 and up to 15 more. The matcher only ever takes
   * whole groups, so grouped ids, card and account numbers ("9664 3886 5740 6725 3416",
   * "672-18-7772") are spared its regexes. Other regions, and windows with '+', always pass; so do
   * windows with a phone word near (see the caller). Not covered without a phone word: CN
   * landlines written without the trunk 0 whose national number is under ten digits.
   */
  static boolean plausibleGrouped(String s, int from, int to, String region) {
    if (!region.equals("US") && !region.equals("CN")) {
      return true;
    }
    int[] starts = new int[16];
    int[] lengths = new int[16];
    int groups = 0;
    for (int i = from; i < to; ) {
      char c = s.charAt(i);
      if (c == '+') {
        return true;
      }
      if (!ScanText.isAsciiDigit(c)) {
        i++;
        continue;
      }
      if (groups == starts.length) {
        return true; // too many groups to judge cheaply: let the matcher decide
      }
      starts[groups] = i;
      while (i < to && ScanText.isAsciiDigit(s.charAt(i))) {
        i++;
      }
      lengths[groups] = i - starts[groups];
      groups++;
    }
    for (int g = 0; g < groups; g++) {
      int digits = 0;
      for (int j = g; j < groups && digits <= 18; j++) {
        digits += lengths[j];
        if (plausibleDigits(s, starts[g], digits, region)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean plausibleDigits(String s, int first, int digits, String region) {
    char lead = s.charAt(first);
    // A lone "0" may end the text ("ref 1234567 0"): there is no next char to read.
    boolean international = lead == '0' && first + 1 < s.length()
        && s.charAt(first + 1) == (region.equals("US") ? '1' : '0');
    if (region.equals("US")) {
      return digits == 10 && lead >= '2' || digits == 11 && lead == '1'
          || international && digits >= 12 && digits <= 18;
    }
    if (lead == '1') {
      return digits == 11 || digits == 10 && s.charAt(first + 1) == '0'; // mobiles; Beijing 10
    }
    if (lead == '0') {
      return international ? digits >= 11 && digits <= 17 : digits >= 9 && digits <= 12;
    }
    return digits == 10 || digits == 11 // area code without the trunk 0; 400/800 numbers
        || (digits == 12 || digits == 13) && lead == '8' && s.charAt(first + 1) == '6';
  }
}
