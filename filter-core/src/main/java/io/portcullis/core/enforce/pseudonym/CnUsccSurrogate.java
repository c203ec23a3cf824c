package io.portcullis.core.enforce.pseudonym;

import io.portcullis.classifiers.validate.CnUscc;

/**
 * CN_USCC (GB 32100): the original's registration authority and organisation type (what kind of
 * body it is), a real county code, a nine-character organisation code whose last character is the
 * GB 11714 check of the first eight, and the MOD 31 check character.
 */
final class CnUsccSurrogate implements SurrogateGenerator {

  private static final int[] ORG_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  @Override
  public String generate(String value, SurrogateRandom random) {
    String code = value.toUpperCase(java.util.Locale.ROOT);
    if (code.length() != 18) {
      return null;
    }
    String kind = CnUscc.isValid(code) ? code.substring(0, 2) : "91";
    String orgBody = Shape.randomString(Shape.DIGITS, 8, random);
    String first17 = kind + random.pick(CnDivisions.COUNTIES) + orgBody + orgCodeCheck(orgBody);
    return first17 + CnUscc.checkChar(first17);
  }

  // GB 11714 organisation code check: weights 3,7,9,10,5,8,4,2; 11 - sum mod 11, 10 -> X, 11 -> 0.
  private static char orgCodeCheck(String eightDigits) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (eightDigits.charAt(i) - '0') * ORG_CODE_WEIGHTS[i];
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
  }
}
