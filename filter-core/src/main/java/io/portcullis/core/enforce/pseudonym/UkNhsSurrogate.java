package io.portcullis.core.enforce.pseudonym;

import io.portcullis.classifiers.validate.NhsNumber;

/** UK_NHS: nine random digits with a valid MOD 11 check digit, in the original's layout. */
final class UkNhsSurrogate implements SurrogateGenerator {

  @Override
  public String generate(String value, SurrogateRandom random) {
    if (Shape.digits(value).length() != 10) {
      return null;
    }
    while (true) {
      String first9 = Shape.randomString(Shape.DIGITS, 9, random);
      int check = NhsNumber.checkDigit(first9);
      String number = first9 + check;
      if (check >= 0 && NhsNumber.isValid(number)) {
        return Shape.refillDigits(value, number);
      }
    }
  }
}
