package io.portcullis.core.enforce.pseudonym;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * PHONE_NUMBER: the same country code, trunk prefix and leading national digits (which fix the
 * country, the number type and, for mobiles, the operator block), the remaining digits random, in
 * the original's formatting; redrawn until libphonenumber accepts the result as a valid number of
 * the same region. Numbers libphonenumber cannot place keep their first three digits only.
 */
final class PhoneSurrogate implements SurrogateGenerator {

  /** Regions tried, in order, for numbers written without a country code. */
  private static final String[] NATIONAL_REGIONS = {"CN", "US", "GB", "HK", "DE", "FR", "JP", "SG"};
  private static final int KEPT_NATIONAL_DIGITS = 3;
  private static final int TRIES = 40;

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

  @Override
  public String generate(String value, SurrogateRandom random) {
    String digits = Shape.digits(value);
    if (digits.length() < 6 || digits.length() > 17) {
      return null;
    }
    String region = region(value);
    if (region == null) {
      return Shape.refillDigits(value, digits.substring(0, 3)
          + Shape.randomString(Shape.DIGITS, digits.length() - 3, random));
    }
    int national = nationalLength(value, region);
    int keep = Math.min(digits.length() - 2,
        digits.length() - national + Math.min(KEPT_NATIONAL_DIGITS, national / 2));
    String candidate = null;
    for (int i = 0; i < TRIES; i++) {
      candidate = Shape.refillDigits(value, digits.substring(0, keep)
          + Shape.randomString(Shape.DIGITS, digits.length() - keep, random));
      if (region.equals(region(candidate, region))) {
        return candidate;
      }
    }
    return candidate; // plausible shape even when no valid number turned up
  }

  /** The region of a valid number, trying national readings when there is no country code. */
  String region(String value) {
    for (String hint : NATIONAL_REGIONS) {
      String r = region(value, hint);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private String region(String value, String hint) {
    try {
      PhoneNumber n = util.parse(value, hint);
      return util.isValidNumber(n) ? util.getRegionCodeForNumber(n) : null;
    } catch (NumberParseException e) {
      return null;
    }
  }

  private int nationalLength(String value, String region) {
    try {
      return util.getNationalSignificantNumber(util.parse(value, region)).length();
    } catch (NumberParseException e) {
      return Shape.digits(value).length();
    }
  }
}
