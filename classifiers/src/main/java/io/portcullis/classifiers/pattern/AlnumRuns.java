package io.portcullis.classifiers.pattern;

/**
 * Maximal runs of ASCII letters and digits that sit on token boundaries, from the text's shared
 * {@link ScanText#runs()} index.
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
    Runs runs = text.runs();
    for (int r = 0; r < runs.count(); r++) {
      int start = runs.start(r);
      int end = runs.end(r);
      int len = end - start;
      if (len >= minLength && len <= maxLength && text.leftBoundary(start)
          && text.rightBoundary(end)) {
        visitor.visit(start, end);
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
