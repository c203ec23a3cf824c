package io.portcullis.classifiers.pattern;

import java.util.Arrays;

/**
 * Positions in one text, from a single pass: the maximal runs of ASCII letters and digits
 * ({@code [start(r), end(r))}, in order), the starts of maximal ASCII digit runs (a digit whose
 * previous char is not a digit), and where the '@', the '.' or ':' and the '+' or '(' chars are,
 * each in order.
 * See {@link ScanText#runs()}.
 */
public final class Runs {

  private final int[] starts;
  private final int[] ends;
  private final int count;
  private final int[] digitStarts;
  private final int digitCount;
  private final Positions ats;
  private final Positions dotsAndColons;
  private final Positions plusesAndParens;

  private Runs(int[] starts, int[] ends, int count, int[] digitStarts, int digitCount,
               Positions ats, Positions dotsAndColons, Positions plusesAndParens) {
    this.starts = starts;
    this.ends = ends;
    this.count = count;
    this.digitStarts = digitStarts;
    this.digitCount = digitCount;
    this.ats = ats;
    this.dotsAndColons = dotsAndColons;
    this.plusesAndParens = plusesAndParens;
  }

  /** Ascending positions of one kind of char. */
  public static final class Positions {
    private int[] at = new int[16];
    private int size;

    void add(int i) {
      if (size == at.length) {
        at = Arrays.copyOf(at, 2 * size);
      }
      at[size++] = i;
    }

    public int size() {
      return size;
    }

    public int get(int k) {
      return at[k];
    }

    /** The first position at or after {@code from}, or -1. */
    public int firstAtOrAfter(int from) {
      int k = Arrays.binarySearch(at, 0, size, from);
      k = k >= 0 ? k : -k - 1;
      return k < size ? at[k] : -1;
    }
  }

  /** Every '@', in order (e-mail anchors). */
  public Positions ats() {
    return ats;
  }

  /** Every '+' and '(', in order (where a phone number may start before its digits). */
  public Positions plusesAndParens() {
    return plusesAndParens;
  }

  /** Every '.' and ':', in order (IP address anchors). */
  public Positions dotsAndColons() {
    return dotsAndColons;
  }

  static Runs of(String s) {
    int n = s.length();
    int[] starts = new int[64];
    int[] ends = new int[64];
    int[] digits = new int[64];
    int count = 0;
    int digitCount = 0;
    Positions ats = new Positions();
    Positions dotsAndColons = new Positions();
    Positions plusesAndParens = new Positions();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!ScanText.isAsciiAlnum(c)) {
        if (c == '.' || c == ':') {
          dotsAndColons.add(i);
        } else if (c == '@') {
          ats.add(i);
        } else if (c == '+' || c == '(') {
          plusesAndParens.add(i);
        }
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
    return new Runs(starts, ends, count, digits, digitCount, ats, dotsAndColons,
        plusesAndParens);
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
