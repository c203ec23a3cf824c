package io.portcullis.core.enforce.pseudonym;

import io.portcullis.classifiers.validate.Iban;

/**
 * IBAN_CODE: same country and length, each BBAN character replaced by a random one of the same
 * class (digit or letter, so per-country BBAN layouts stay plausible), fresh mod-97 check digits,
 * and the original spacing.
 */
final class IbanSurrogate implements SurrogateGenerator {

  @Override
  public String generate(String value, SurrogateRandom random) {
    String compact = Shape.alphanumerics(value);
    if (compact.length() < 5 || Iban.length(compact.substring(0, 2)) != compact.length()) {
      return null;
    }
    String country = compact.substring(0, 2);
    String bban = Shape.scramble(compact.substring(4), random);
    return Shape.refillAlphanumerics(value, country + Iban.checkDigits(country, bban) + bban);
  }
}
