package io.portcullis.classifiers.pattern;

/**
 * The text under classification plus a lower-cased copy of identical length, computed once per
 * call and shared by all recognizers for case-insensitive anchors and context words.
 */
public final class ScanText {

  private final String text;
  private String lower;

  public ScanText(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  public char charAt(int i) {
    return text.charAt(i);
  }

  /** Char-wise lower case, so indexes match {@link #text()} (String.toLowerCase may change length). */
  public String lower() {
    if (lower == null) {
      char[] cs = text.toCharArray();
      for (int i = 0; i < cs.length; i++) {
        char c = cs[i];
        if (c >= 'A' && c <= 'Z') {
          cs[i] = (char) (c + 32);
        } else if (c >= 128) {
          cs[i] = Character.toLowerCase(c);
        }
      }
      lower = new String(cs);
    }
    return lower;
  }

  public static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  public static boolean isAsciiLetter(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }

  public static boolean isAsciiAlnum(char c) {
    return isAsciiDigit(c) || isAsciiLetter(c);
  }

  /** Word characters of identifiers and numbers; Han characters are NOT word chars here. */
  public static boolean isWordChar(char c) {
    return isAsciiAlnum(c) || c == '_';
  }

  /**
   * True when a token may start at {@code i}: the previous char is not a word char and not the
   * fraction/thousands part of a number ("3.1415…", "1,234"). Chinese text has no spaces, so Han
   * characters and full-width punctuation count as boundaries.
   */
  public boolean leftBoundary(int i) {
    if (i == 0) {
      return true;
    }
    char p = text.charAt(i - 1);
    if (isWordChar(p)) {
      return false;
    }
    return !((p == '.' || p == ',') && i >= 2 && isAsciiDigit(text.charAt(i - 2)));
  }

  /** True when a token may end just before {@code end} (mirror of {@link #leftBoundary}). */
  public boolean rightBoundary(int end) {
    if (end >= text.length()) {
      return true;
    }
    char n = text.charAt(end);
    if (isWordChar(n)) {
      return false;
    }
    return !((n == '.' || n == ',') && end + 1 < text.length()
        && isAsciiDigit(text.charAt(end + 1)));
  }
}
