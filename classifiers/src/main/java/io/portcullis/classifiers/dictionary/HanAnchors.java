package io.portcullis.classifiers.dictionary;

import java.util.Arrays;

/**
 * A raw-text test run before the Chinese field is analysed: each Chinese phrase's analysed tokens
 * include a bigram of two Han characters, which the bigram filter only builds from two characters
 * adjacent in the text, unchanged by width folding or lower-casing. If no phrase's (first such)
 * bigram occurs in the text, no Chinese phrase can match, and the tokenizer need not run at all.
 */
final class HanAnchors {

  /** Indexed by char: whether some anchor starts with it (64 KB, a plain load per char). */
  private final boolean[] firsts;
  /** Sorted {@code first << 16 | second} pairs. */
  private final int[] pairs;

  private HanAnchors(boolean[] firsts, int[] pairs) {
    this.firsts = firsts;
    this.pairs = pairs;
  }

  boolean anyIn(String text) {
    int n = text.length() - 1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x3400 && firsts[c] && Arrays.binarySearch(pairs, c << 16 | text.charAt(i + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** True for CJK unified ideographs (and extension A, compatibility), which no filter rewrites. */
  static boolean isHan(char c) {
    return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
  }

  static final class Builder {
    private final boolean[] firsts = new boolean[65536];
    private int[] pairs = new int[16];
    private int count;

    /** Registers the phrase's first two-Han-character token; false if it has none. */
    boolean addFirstHanBigram(char[][] tokens) {
      for (char[] t : tokens) {
        if (t.length == 2 && isHan(t[0]) && isHan(t[1])) {
          if (count == pairs.length) {
            pairs = Arrays.copyOf(pairs, 2 * count);
          }
          pairs[count++] = t[0] << 16 | t[1];
          firsts[t[0]] = true;
          return true;
        }
      }
      return false;
    }

    HanAnchors build() {
      int[] sorted = Arrays.copyOf(pairs, count);
      Arrays.sort(sorted);
      return new HanAnchors(firsts, sorted);
    }
  }
}
