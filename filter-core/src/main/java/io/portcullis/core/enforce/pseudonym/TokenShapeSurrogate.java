package io.portcullis.core.enforce.pseudonym;

import java.util.HashMap;
import java.util.Map;

/**
 * Identifiers whose only rule is their shape (passport numbers, API keys): a leading vendor or
 * document prefix is kept (everything up to the last '-', '_' or '.' within the first 12
 * characters, e.g. "sk-proj-", "ghp_"; or else the leading capital letters, at most four, e.g.
 * "AKIA", "E"), and every other letter or digit is replaced by a random one of the same class. A
 * draw that looks less random than the original (repeated characters; secret scanners judge keys by
 * their character entropy) is redrawn, so the surrogate is still recognised as a key.
 */
final class TokenShapeSurrogate implements SurrogateGenerator {

  private static final int PREFIX_WINDOW = 12;
  private static final int MAX_LETTER_PREFIX = 4;
  private static final int DRAWS = 16;

  @Override
  public String generate(String value, SurrogateRandom random) {
    if (value.isEmpty()) {
      return null;
    }
    int keep = prefixLength(value);
    String body = value.substring(keep);
    double wanted = bitsPerChar(body);
    String best = Shape.scramble(body, random);
    for (int i = 1; i < DRAWS && bitsPerChar(best) < wanted; i++) {
      String next = Shape.scramble(body, random);
      if (bitsPerChar(next) > bitsPerChar(best)) {
        best = next;
      }
    }
    return value.substring(0, keep) + best;
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

  /** Shannon entropy of the character distribution, in bits per character. */
  static double bitsPerChar(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    Map<Character, Integer> counts = new HashMap<>();
    for (int i = 0; i < s.length(); i++) {
      counts.merge(s.charAt(i), 1, Integer::sum);
    }
    double bits = 0;
    for (int c : counts.values()) {
      double p = (double) c / s.length();
      bits -= p * Math.log(p) / Math.log(2);
    }
    return bits;
  }
}
