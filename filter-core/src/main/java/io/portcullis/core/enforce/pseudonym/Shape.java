package io.portcullis.core.enforce.pseudonym;

/**
 * Format-preserving helpers: take the characters that carry the value (digits, letters) out of a
 * formatted string and put new ones back in the same places, so separators, grouping, brackets and
 * letter case survive ("4111-1111 1111 1111" stays grouped as it was).
 */
final class Shape {

  static final String DIGITS = "0123456789";
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";

  private Shape() {
  }

  /** The ASCII digits of {@code s}, in order. */
  static String digits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The ASCII letters and digits of {@code s}, upper-cased, in order. */
  static String alphanumerics(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isAsciiAlnum(c)) {
        b.append(Character.toUpperCase(c));
      }
    }
    return b.toString();
  }

  /** {@code template} with its ASCII digits replaced, in order, by the characters of {@code fill}. */
  static String refillDigits(String template, String fill) {
    StringBuilder b = new StringBuilder(template.length());
    int k = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      b.append(c >= '0' && c <= '9' ? fill.charAt(k++) : c);
    }
    return b.toString();
  }

  /**
   * {@code template} with its ASCII letters and digits replaced, in order, by the characters of
   * {@code fill}, keeping the template's letter case at each position.
   */
  static String refillAlphanumerics(String template, String fill) {
    StringBuilder b = new StringBuilder(template.length());
    int k = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (isAsciiAlnum(c)) {
        char f = fill.charAt(k++);
        b.append(Character.isLowerCase(c) ? Character.toLowerCase(f) : f);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Each ASCII letter or digit replaced by a random one of the same class and case; everything
   * else kept. The shape of keys, paths and passport numbers without their content.
   */
  static String scramble(String s, SurrogateRandom random) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(random.pick(DIGITS));
      } else if (c >= 'A' && c <= 'Z') {
        b.append(random.pick(UPPER));
      } else if (c >= 'a' && c <= 'z') {
        b.append(random.pick(LOWER));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** {@code n} random characters from {@code alphabet}. */
  static String randomString(String alphabet, int n, SurrogateRandom random) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(random.pick(alphabet));
    }
    return b.toString();
  }

  static boolean isAsciiAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** Same letters in the case style of {@code like}: all upper, all lower, or as given. */
  static String caseLike(String like, String s) {
    boolean hasLetter = false;
    boolean allUpper = true;
    boolean allLower = true;
    for (int i = 0; i < like.length(); i++) {
      char c = like.charAt(i);
      if (Character.isLetter(c)) {
        hasLetter = true;
        allUpper &= !Character.isLowerCase(c);
        allLower &= !Character.isUpperCase(c);
      }
    }
    if (!hasLetter) {
      return s;
    }
    if (allUpper && !allLower) {
      return s.toUpperCase(java.util.Locale.ROOT);
    }
    if (allLower && !allUpper) {
      return s.toLowerCase(java.util.Locale.ROOT);
    }
    return s;
  }
}
