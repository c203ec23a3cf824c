package io.portcullis.classifiers.validate;

/**
 * PRC unified social credit code (GB 32100-2015): registration authority, organisation type, six-digit
 * division, nine-character organisation code, and a MOD 31 check character over an alphabet without
 * I, O, S, V, Z.
 */
public final class CnUscc {

  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private CnUscc() {
  }

  /** The check character for the first 17 characters, or '?' when one is outside the alphabet. */
  public static char checkChar(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = ALPHABET.indexOf(first17.charAt(i));
      if (v < 0) {
        return '?';
      }
      sum += v * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /**
   * Check character plus the structural rules that make random strings fail: a registration
   * authority and type pair in use (1x government, 5x social organisations, 9x enterprises,
   * Y1 farmers' co-operatives) and a plausible division code.
   */
  public static boolean isValid(CharSequence code) {
    if (code.length() != 18) {
      return false;
    }
    char authority = code.charAt(0);
    char type = code.charAt(1);
    boolean pairOk = switch (authority) {
      case '1', '5' -> type == '1' || type == '2' || type == '3' || type == '9';
      case '9' -> type == '1' || type == '2' || type == '3';
      case 'Y' -> type == '1';
      default -> false;
    };
    if (!pairOk || !CnAdministrativeDivisions.isPlausible(code, 2, true)) {
      return false;
    }
    return code.charAt(17) == checkChar(code);
  }
}
