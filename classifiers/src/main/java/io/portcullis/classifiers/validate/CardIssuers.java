package io.portcullis.classifiers.validate;

/**
 * Issuer identification number (IIN) ranges and lengths of the card schemes we report. A number is
 * a card only when it passes Luhn AND falls in a scheme's range with that scheme's length, which
 * rejects most random Luhn-valid digit strings.
 */
public final class CardIssuers {

  /** A scheme and its IIN prefix range (inclusive, compared on the first {@code digits} digits). */
  public record Range(String scheme, int digits, int low, int high, int minLength, int maxLength) {
  }

  static final Range[] RANGES = {
      new Range("Visa", 1, 4, 4, 13, 19),
      new Range("Mastercard", 2, 51, 55, 16, 16),
      new Range("Mastercard", 4, 2221, 2720, 16, 16),
      new Range("American Express", 2, 34, 34, 15, 15),
      new Range("American Express", 2, 37, 37, 15, 15),
      new Range("UnionPay", 2, 62, 62, 16, 19),
      new Range("UnionPay", 2, 81, 81, 16, 19),
      new Range("JCB", 4, 3528, 3589, 16, 19),
      new Range("Discover", 4, 6011, 6011, 16, 19),
      new Range("Discover", 3, 644, 649, 16, 19),
      new Range("Discover", 2, 65, 65, 16, 19),
      new Range("Diners Club", 2, 36, 36, 14, 19),
      new Range("Diners Club", 3, 300, 305, 14, 19),
      new Range("Maestro", 4, 6759, 6759, 12, 19),
      new Range("Maestro", 4, 5018, 5018, 12, 19),
      new Range("Maestro", 4, 5020, 5020, 12, 19),
      new Range("Maestro", 4, 5038, 5038, 12, 19),
      new Range("Maestro", 4, 5893, 5893, 12, 19),
      new Range("Maestro", 4, 6304, 6304, 12, 19),
      new Range("Maestro", 4, 6761, 6763, 12, 19),
      // Russia's national scheme: the cards 152-FZ tenants carry
      new Range("Mir", 4, 2200, 2204, 16, 19),
  };

  private CardIssuers() {
  }

  /** The scheme for an all-digit card number, or null when no range and length fit. */
  public static String scheme(CharSequence digits) {
    int len = digits.length();
    for (Range r : RANGES) {
      if (len < r.minLength() || len > r.maxLength() || len < r.digits()) {
        continue;
      }
      if (r.scheme().equals("Visa") && len != 13 && len != 16 && len != 19) {
        continue; // Visa issues 13, 16 and 19 digit numbers only
      }
      int prefix = 0;
      for (int i = 0; i < r.digits(); i++) {
        prefix = prefix * 10 + (digits.charAt(i) - '0');
      }
      if (prefix >= r.low() && prefix <= r.high()) {
        return r.scheme();
      }
    }
    return null;
  }

  /** Luhn plus a known scheme. */
  public static boolean isValid(CharSequence digits) {
    return scheme(digits) != null && Luhn.isValid(digits);
  }

  public static Range[] ranges() {
    return RANGES.clone();
  }
}
