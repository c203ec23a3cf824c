package io.portcullis.classifiers.pattern;

/**
 * A run of digit groups separated by single spaces or dashes ("6222 0212 3456 7890"), found by a
 * linear scan instead of a regular expression. Recognizers pick the group ranges they accept.
 */
final class DigitGroups {

  static final int MAX_GROUPS = 12;

  final int[] starts = new int[MAX_GROUPS];
  final int[] ends = new int[MAX_GROUPS];
  final char[] separators = new char[MAX_GROUPS];
  int count;
  /** Index just past the whole run, where the caller resumes scanning. */
  int runEnd;

  static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '\u00a0';
  }

  /** Reads the run starting at digit {@code i}. */
  void read(String s, int i) {
    count = 0;
    int n = s.length();
    int p = i;
    while (true) {
      int gs = p;
      while (p < n && ScanText.isAsciiDigit(s.charAt(p))) {
        p++;
      }
      starts[count] = gs;
      ends[count] = p;
      count++;
      if (count == MAX_GROUPS || p + 1 >= n || !isSeparator(s.charAt(p))
          || !ScanText.isAsciiDigit(s.charAt(p + 1))) {
        break;
      }
      separators[count] = s.charAt(p);
      p++;
    }
    runEnd = ends[count - 1];
  }

  int digits(int from, int to) {
    int d = 0;
    for (int g = from; g <= to; g++) {
      d += ends[g] - starts[g];
    }
    return d;
  }

  /** Digits of groups {@code from..to} without separators. */
  String compact(String s, int from, int to) {
    StringBuilder sb = new StringBuilder(24);
    for (int g = from; g <= to; g++) {
      sb.append(s, starts[g], ends[g]);
    }
    return sb.toString();
  }

  /** Whether groups {@code from..to} share one separator. */
  boolean uniformSeparators(int from, int to) {
    for (int g = from + 2; g <= to; g++) {
      if (separators[g] != separators[from + 1]) {
        return false;
      }
    }
    return true;
  }

  int length(int g) {
    return ends[g] - starts[g];
  }
}
