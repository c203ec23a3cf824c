package io.portcullis.core.enforce.pseudonym;

import io.portcullis.classifiers.validate.CardIssuers;
import io.portcullis.classifiers.validate.Luhn;

/**
 * CREDIT_CARD: same length, same scheme (the IIN prefix digits that identify the brand are kept,
 * never the issuing bank's full BIN), random account digits, a fresh Luhn check digit, and the
 * original grouping.
 */
final class CreditCardSurrogate implements SurrogateGenerator {

  @Override
  public String generate(String value, SurrogateRandom random) {
    String digits = Shape.digits(value);
    if (digits.length() < 12 || digits.length() > 19) {
      return null;
    }
    int keep = brandPrefixLength(digits);
    for (int tries = 0; tries < 32; tries++) {
      String payload = digits.substring(0, keep)
          + Shape.randomString(Shape.DIGITS, digits.length() - keep - 1, random);
      String card = payload + Luhn.checkDigit(payload);
      // A range narrower than the kept prefix (e.g. Mastercard 2221-2720) is re-checked here.
      if (CardIssuers.isValid(card) || CardIssuers.scheme(digits) == null) {
        return Shape.refillDigits(value, card);
      }
    }
    return null;
  }

  // The number of leading digits that name the scheme; 1 when the number fits no known range.
  private static int brandPrefixLength(String digits) {
    String scheme = CardIssuers.scheme(digits);
    for (CardIssuers.Range r : CardIssuers.ranges()) {
      if (r.scheme().equals(scheme) && digits.length() >= r.minLength()
          && digits.length() <= r.maxLength()) {
        int prefix = Integer.parseInt(digits.substring(0, r.digits()));
        if (prefix >= r.low() && prefix <= r.high()) {
          return r.digits();
        }
      }
    }
    return 1;
  }
}
