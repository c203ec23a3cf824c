package io.portcullis.core.enforce.pseudonym;

/**
 * Identifiers whose only rule is their shape (passport numbers, API keys): a leading vendor or
 * document prefix is kept (everything up to the last '-', '_' or '.' within the first 12
 * characters, e.g. "sk-proj-", "ghp_"; or else the leading capital letters, at most four, e.g.
 * "AKIA", "E"), and every other letter or digit is replaced by a random one of the same class.
 */
final class TokenShapeSurrogate implements SurrogateGenerator {

  private static final int PREFIX_WINDOW = 12;
  private static final int MAX_LETTER_PREFIX = 4;

  @Override
  public String generate(String value, SurrogateRandom random) {
    if (value.isEmpty()) {
      return null;
    }
    int keep = prefixLength(value);
    return value.substring(0, keep) + Shape.scramble(value.substring(keep), random);
  }

  static int prefixLength(String value) {
    int window = Math.min(PREFIX_WINDOW, value.length() - 1);
    for (int i = window - 1; i >= 0; i--) {
      char c = value.charAt(i);
      if (c == '-' || c == '_' || c == '.') {
        return i + 1;
      }
    }
    int letters = 0;
    while (letters < Math.min(MAX_LETTER_PREFIX, value.length() - 1)
        && value.charAt(letters) >= 'A' && value.charAt(letters) <= 'Z') {
      letters++;
    }
    return letters;
  }
}
