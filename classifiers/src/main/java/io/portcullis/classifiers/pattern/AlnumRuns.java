package io.portcullis.classifiers.pattern;

/**
 * Maximal runs of ASCII letters and digits that sit on token boundaries, found by one linear scan.
 * Most identifiers (resident ids, credit codes, passports, wallet addresses) are such runs, and in
 * Chinese text they are delimited by Han characters rather than spaces.
 */
final class AlnumRuns {

  /** Receives each run as {@code [start, end)}. */
  @FunctionalInterface
  interface Visitor {
    void visit(int start, int end);
  }

  private AlnumRuns() {
  }

  static void forEach(ScanText text, int minLength, int maxLength, Visitor visitor) {
    String s = text.text();
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!ScanText.isAsciiAlnum(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && ScanText.isAsciiAlnum(s.charAt(i))) {
        i++;
      }
      int len = i - start;
      if (len >= minLength && len <= maxLength && text.leftBoundary(start)
          && text.rightBoundary(i)) {
        visitor.visit(start, i);
      }
    }
  }

  static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!ScanText.isAsciiDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean allUpperOrDigit(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!ScanText.isAsciiDigit(c) && !(c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }
}
