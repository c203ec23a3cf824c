package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import java.time.LocalDate;
import java.util.List;

/**
 * DATE_OF_BIRTH: a real past calendar date (1900 onwards) next to a birth word. Dates alone are
 * everywhere (logs, invoices), so without context nothing is reported: dates are only read near a
 * birth word. Forms: 1990-03-07,
 * 1990/3/7, 07/03/1990 (day or month first), 1990年3月7日, 7 March 1990, March 7, 1990.
 */
public final class DateOfBirthRecognizer implements Recognizer {

  static final ContextWords CONTEXT = ContextWords.of("born", "birth", "dob", "d.o.b",
      "birthday", "birthdate", "出生", "生日", "出生日期", "出生年月", "诞辰", "生于");

  private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"};

  @Override
  public String entityType() {
    return "DATE_OF_BIRTH";
  }

  @Override
  public void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    // A date scores above the report threshold only with a birth word in its context window
    // (ContextWords.BEFORE chars before it, AFTER after it), so dates are read only from starts
    // that close to one; most texts mention no birth at all and cost a few indexOf calls.
    int[] windows = birthWordWindows(text.lower());
    if (windows.length == 0) {
      return;
    }
    String s = text.text();
    LocalDate today = LocalDate.now();
    int n = s.length();
    int i = 0;
    for (int w = 0; w < windows.length; w += 2) {
      i = Math.max(i, windows[w]);
      int windowEnd = Math.min(n, windows[w + 1]);
      while (i < windowEnd) {
        char c = s.charAt(i);
        int end = -1;
        if (ScanText.isAsciiDigit(c) && text.leftBoundary(i)) {
          end = numericDate(s, i, today);
          if (end < 0) {
            end = dayMonthNameYear(text, i, today);
          }
        } else if (ScanText.isAsciiLetter(c) && (i == 0 || !ScanText.isAsciiLetter(s.charAt(i - 1)))) {
          end = monthNameDayYear(text, i, today);
        }
        if (end > 0 && text.rightBoundary(end)) {
          Scoring.emit(text, this, i, end, 0.35, true, "real calendar date", CONTEXT, out);
          i = end;
        } else {
          i++;
        }
      }
    }
  }

  /** Words every {@link #CONTEXT} word contains, so finding these finds every context word. */
  private static final String[] BIRTH_STEMS = {"birth", "born", "dob", "d.o.b", "出生", "生日",
      "诞辰", "生于"};
  /** The longest date form ("30th of September, 1990") with room to spare. */
  private static final int LONGEST_DATE = 32;

  /**
   * Sorted, merged {@code [from, to)} ranges of date starts that a birth word could be context
   * for: up to {@link ContextWords#BEFORE} chars after the word, or a date ending up to
   * {@link ContextWords#AFTER} chars before it.
   */
  private static int[] birthWordWindows(String lower) {
    int[] ranges = new int[0];
    int count = 0;
    for (String stem : BIRTH_STEMS) {
      for (int at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
        if (2 * count == ranges.length) {
          ranges = java.util.Arrays.copyOf(ranges, Math.max(8, 2 * ranges.length));
        }
        ranges[2 * count] = Math.max(0, at - ContextWords.AFTER - LONGEST_DATE);
        ranges[2 * count + 1] = at + stem.length() + ContextWords.BEFORE;
        count++;
      }
    }
    return merge(ranges, count);
  }

  private static int[] merge(int[] ranges, int count) {
    long[] packed = new long[count];
    for (int k = 0; k < count; k++) {
      packed[k] = ((long) ranges[2 * k] << 32) | ranges[2 * k + 1];
    }
    java.util.Arrays.sort(packed);
    int[] merged = new int[2 * count];
    int m = 0;
    for (long p : packed) {
      int from = (int) (p >>> 32);
      int to = (int) p;
      if (m > 0 && from <= merged[m - 1]) {
        merged[m - 1] = Math.max(merged[m - 1], to);
      } else {
        merged[m++] = from;
        merged[m++] = to;
      }
    }
    return java.util.Arrays.copyOf(merged, m);
  }

  /** Reads up to {@code max} digits at {@code p}; returns value*16+count, or -1. */
  private static int digits(String s, int p, int max) {
    int v = 0;
    int k = 0;
    while (p + k < s.length() && k < max + 1 && ScanText.isAsciiDigit(s.charAt(p + k))) {
      v = v * 10 + (s.charAt(p + k) - '0');
      k++;
    }
    return k == 0 || k > max ? -1 : v * 16 + k;
  }

  private static int numericDate(String s, int i, LocalDate today) {
    int a = digits(s, i, 4);
    if (a < 0) {
      return -1;
    }
    int p = i + (a & 15);
    if (p >= s.length()) {
      return -1;
    }
    char sep = s.charAt(p);
    if ((a & 15) == 4 && sep == '年') {
      return chineseDate(s, i, a >> 4, p + 1, today);
    }
    if (sep != '-' && sep != '/' && sep != '.') {
      return -1;
    }
    int b = digits(s, p + 1, 2);
    if (b < 0) {
      return -1;
    }
    int q = p + 1 + (b & 15);
    if (q >= s.length() || s.charAt(q) != sep) {
      return -1;
    }
    int c = digits(s, q + 1, 4);
    if (c < 0) {
      return -1;
    }
    int end = q + 1 + (c & 15);
    if ((a & 15) == 4 && (c & 15) <= 2) {
      return real(a >> 4, b >> 4, c >> 4, today) ? end : -1;
    }
    if ((a & 15) <= 2 && (c & 15) == 4) {
      int y = c >> 4;
      return real(y, b >> 4, a >> 4, today) || real(y, a >> 4, b >> 4, today) ? end : -1;
    }
    return -1;
  }

  private static int chineseDate(String s, int i, int year, int p, LocalDate today) {
    int m = digits(s, p, 2);
    if (m < 0) {
      return -1;
    }
    int q = p + (m & 15);
    if (q >= s.length() || s.charAt(q) != '月') {
      return -1;
    }
    int d = digits(s, q + 1, 2);
    if (d < 0) {
      return -1;
    }
    int end = q + 1 + (d & 15);
    if (end < s.length() && (s.charAt(end) == '日' || s.charAt(end) == '号')) {
      end++;
    }
    return real(year, m >> 4, d >> 4, today) ? end : -1;
  }

  /** "7 March 1990", "7th of March, 1990". */
  private static int dayMonthNameYear(ScanText text, int i, LocalDate today) {
    String s = text.text();
    int d = digits(s, i, 2);
    if (d < 0) {
      return -1;
    }
    int p = skipOrdinal(text.lower(), i + (d & 15));
    p = skip(text.lower(), p, " ");
    p = skip(text.lower(), p, "of ");
    int month = monthAt(text.lower(), p);
    if (month == 0) {
      return -1;
    }
    p = afterMonth(text.lower(), p);
    p = skip(s, p, ",");
    p = skip(s, p, " ");
    int y = digits(s, p, 4);
    if (y < 0 || (y & 15) != 4) {
      return -1;
    }
    return real(y >> 4, month, d >> 4, today) ? p + 4 : -1;
  }

  /** "March 7, 1990", "Mar 7th 1990". */
  private static int monthNameDayYear(ScanText text, int i, LocalDate today) {
    String lower = text.lower();
    int month = monthAt(lower, i);
    if (month == 0) {
      return -1;
    }
    int p = skip(lower, afterMonth(lower, i), " ");
    int d = digits(lower, p, 2);
    if (d < 0) {
      return -1;
    }
    p = skipOrdinal(lower, p + (d & 15));
    p = skip(lower, p, ",");
    p = skip(lower, p, " ");
    int y = digits(lower, p, 4);
    if (y < 0 || (y & 15) != 4) {
      return -1;
    }
    return real(y >> 4, month, d >> 4, today) ? p + 4 : -1;
  }

  /** Month number 1-12 for a full name or three/four-letter abbreviation at {@code p}, else 0. */
  private static final String[] ABBREVIATIONS = java.util.Arrays.stream(MONTHS)
      .map(m -> m.substring(0, 3)).toArray(String[]::new);

  private static int monthAt(String lower, int p) {
    for (int m = 0; m < 12; m++) {
      if (lower.startsWith(ABBREVIATIONS[m], p)) {
        return m + 1;
      }
    }
    return 0;
  }

  private static int afterMonth(String lower, int p) {
    int q = p;
    while (q < lower.length() && ScanText.isAsciiLetter(lower.charAt(q))) {
      q++;
    }
    int m = monthAt(lower, p);
    String word = lower.substring(p, q);
    boolean ok = m > 0 && (MONTHS[m - 1].equals(word) || word.length() == 3
        || "sept".equals(word));
    if (!ok) {
      return Integer.MAX_VALUE / 2; // not a month word: makes the caller fail
    }
    return q < lower.length() && lower.charAt(q) == '.' ? q + 1 : q;
  }

  private static final String[] ORDINALS = {"st", "nd", "rd", "th"};

  private static int skipOrdinal(String lower, int p) {
    for (String suffix : ORDINALS) {
      if (lower.startsWith(suffix, p)) {
        return p + 2;
      }
    }
    return p;
  }

  private static int skip(String s, int p, String token) {
    return p < s.length() && s.startsWith(token, p) ? p + token.length() : p;
  }

  /** Range checks first: most digit triples are not dates, and exceptions are slow. */
  private static boolean real(int y, int m, int d, LocalDate today) {
    if (y < 1900 || y > today.getYear() || m < 1 || m > 12 || d < 1
        || d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
      return false;
    }
    return !LocalDate.of(y, m, d).isAfter(today);
  }
}
