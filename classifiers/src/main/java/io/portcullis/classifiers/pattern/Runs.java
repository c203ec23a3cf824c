package io.portcullis.classifiers.pattern;

import java.util.Arrays;

/**
 * Positions in one text, from a single pass: the maximal runs of ASCII letters and digits
 * ({@code [start(r), end(r))}, in order) and the starts of maximal ASCII digit runs (a digit whose
 * previous char is not a digit), in order. See {@link ScanText#runs()}.
 */
public final class Runs {

  private final int[] starts;
  private final int[] ends;
  private final int count;
  private final int[] digitStarts;
  private final int digitCount;

  private Runs(int[] starts, int[] ends, int count, int[] digitStarts, int digitCount) {
    this.starts = starts;
    this.ends = ends;
    this.count = count;
    this.digitStarts = digitStarts;
    this.digitCount = digitCount;
  }

  static Runs of(String s) {
    int n = s.length();
    int[] starts = new int[64];
    int[] ends = new int[64];
    int[] digits = new int[64];
    int count = 0;
    int digitCount = 0;
    int i = 0;
    while (i < n) {
      if (!ScanText.isAsciiAlnum(s.charAt(i))) {
        i++;
        continue;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, 2 * count);
        ends = Arrays.copyOf(ends, 2 * count);
      }
      starts[count] = i;
      boolean previousDigit = false;
      while (i < n && ScanText.isAsciiAlnum(s.charAt(i))) {
        boolean digit = ScanText.isAsciiDigit(s.charAt(i));
        if (digit && !previousDigit) {
          if (digitCount == digits.length) {
            digits = Arrays.copyOf(digits, 2 * digitCount);
          }
          digits[digitCount++] = i;
        }
        previousDigit = digit;
        i++;
      }
      ends[count++] = i;
    }
    return new Runs(starts, ends, count, digits, digitCount);
  }

  /** Number of alphanumeric runs. */
  public int count() {
    return count;
  }

  public int start(int run) {
    return starts[run];
  }

  public int end(int run) {
    return ends[run];
  }

  public int digitRunCount() {
    return digitCount;
  }

  /** Index of the first digit of the {@code k}-th maximal digit run. */
  public int digitRunStart(int k) {
    return digitStarts[k];
  }

  /** Index of the first digit run starting at or after {@code from} (binary search). */
  public int firstDigitRunAtOrAfter(int from) {
    int k = Arrays.binarySearch(digitStarts, 0, digitCount, from);
    return k >= 0 ? k : -k - 1;
  }
}
