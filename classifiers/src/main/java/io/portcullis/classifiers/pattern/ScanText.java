package io.portcullis.classifiers.pattern;

/**
 * The text under classification plus a lower-cased copy of identical length, computed once per
 * call and shared by all recognizers for case-insensitive anchors and context words.
 */
public final class ScanText {

  private final String text;
  private String lower;
  private Runs runs;

  public ScanText(String text) {
    this.text = text;
  }

  /** Texts up to this many chars are kept for the next detector on the same thread. */
  static final int SHARED_LIMIT = 1 << 16;
  private static final ThreadLocal<ScanText> LAST = new ThreadLocal<>();
  /** The caller's text before width folding: the key under which this scan is shared. */
  private String original;

  /**
   * The width-folded scan of {@code text}, shared by the detectors of one classify call: the
   * pattern and phone detectors each used to fold, lower-case and index the same text. The last
   * scan is kept per thread and reused when the very same String comes again (identity, not
   * equality, so a different text can never get a stale scan); long texts are not kept.
   */
  public static ScanText of(String text) {
    ScanText last = LAST.get();
    if (last != null && last.original == text) {
      return last;
    }
    ScanText scan = new ScanText(foldWidth(text));
    scan.original = text;
    LAST.set(text.length() <= SHARED_LIMIT ? scan : null);
    return scan;
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

  /**
   * The maximal runs of ASCII letters and digits, and where each run of digits starts, found by
   * one pass shared by every recognizer: most recognizers look only at such runs, and walking a
   * few hundred of them is cheaper than each recognizer reading every char again.
   */
  public Runs runs() {
    if (runs == null) {
      runs = Runs.of(text);
    }
    return runs;
  }

  /** Char-wise lower case, so indexes match {@link #text()} (String.toLowerCase may change length). */
  public String lower() {
    if (lower == null) {
      char[] cs = text.toCharArray();
      for (int i = 0; i < cs.length; i++) {
        char c = cs[i];
        if (c >= 'A' && c <= 'Z') {
          cs[i] = (char) (c + 32);
        } else if (c >= 128 && CASED.get(c)) {
          cs[i] = Character.toLowerCase(c);
        }
      }
      lower = new String(cs);
    }
    return lower;
  }

  /**
   * The chars Character.toLowerCase changes, looked up once at class load: Chinese text is mostly
   * Han characters and full-width punctuation, which have no case, and calling toLowerCase on each
   * of them was 1 % of patterns + phones + dictionaries (JFR, 2 KB prompts).
   */
  private static final java.util.BitSet CASED = new java.util.BitSet(1 << 16);

  static {
    for (int c = 128; c < (1 << 16); c++) {
      if (Character.toLowerCase((char) c) != c) {
        CASED.set(c);
      }
    }
  }

  /**
   * Full-width digits and Latin letters (U+FF10-FF19, FF21-FF3A, FF41-FF5A, as Chinese input methods
   * type them) replaced by their ASCII forms, char for char, so every offset into the result is an
   * offset into {@code text}. Full-width punctuation stays: "，" and "。" end tokens and sentences in
   * Chinese, where "," and "." would read as thousands and decimal separators. Returns {@code text}
   * itself when there is nothing to fold (the common case, one pass, no allocation).
   */
  public static String foldWidth(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && !isFullWidthAlnum(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    char[] cs = text.toCharArray();
    for (; i < n; i++) {
      if (isFullWidthAlnum(cs[i])) {
        cs[i] = (char) (cs[i] - 0xFEE0);
      }
    }
    return new String(cs);
  }

  private static boolean isFullWidthAlnum(char c) {
    return (c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A')
        || (c >= '\uFF41' && c <= '\uFF5A');
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
