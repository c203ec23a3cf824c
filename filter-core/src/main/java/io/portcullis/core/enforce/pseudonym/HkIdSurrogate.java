package io.portcullis.core.enforce.pseudonym;

import io.portcullis.classifiers.validate.HkId;

/**
 * HK_ID: the same number of prefix letters, six random digits and the MOD 11 check character,
 * written the way the original was ("A123456(3)", full-width brackets, or no brackets).
 */
final class HkIdSurrogate implements SurrogateGenerator {

  @Override
  public String generate(String value, SurrogateRandom random) {
    String compact = Shape.alphanumerics(value);
    int letters = 0;
    while (letters < compact.length() && Character.isLetter(compact.charAt(letters))) {
      letters++;
    }
    if (letters < 1 || letters > 2 || compact.length() != letters + 7) {
      return null;
    }
    String body = Shape.randomString(Shape.UPPER, letters, random)
        + Shape.randomString(Shape.DIGITS, 6, random);
    return Shape.refillAlphanumerics(value, body + HkId.checkChar(body));
  }
}
