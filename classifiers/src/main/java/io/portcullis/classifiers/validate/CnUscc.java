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
   * Registration authority (first character) and the organisation types (second) it registers, from
   * GB 32100-2015 Annex A: 1 institutional staffing, 2 foreign affairs, 3 justice (law firms, notaries,
   * arbitration), 4 culture, 5 civil affairs (social organisations, foundations), 6 tourism, 7 religion,
   * 8 trade unions, 9 market regulation (enterprises, individual businesses, co-operatives), A the
   * military's staffing office, N agriculture (collective economic organisations), Y other.
   */
  private static final java.util.Map<Character, String> TYPES_BY_AUTHORITY = java.util.Map.ofEntries(
      java.util.Map.entry('1', "1239"), java.util.Map.entry('2', "19"), java.util.Map.entry('3', "123459"),
      java.util.Map.entry('4', "19"), java.util.Map.entry('5', "1239"), java.util.Map.entry('6', "129"),
      java.util.Map.entry('7', "129"), java.util.Map.entry('8', "19"), java.util.Map.entry('9', "123"),
      java.util.Map.entry('A', "19"), java.util.Map.entry('N', "1239"), java.util.Map.entry('Y', "1"));

  /**
   * Check character plus the structural rules that make random strings fail: an authority and type
   * pair the standard defines ({@link #TYPES_BY_AUTHORITY}) and a plausible division code.
   */
  public static boolean isValid(CharSequence code) {
    if (code.length() != 18) {
      return false;
    }
    String types = TYPES_BY_AUTHORITY.get(code.charAt(0));
    boolean pairOk = types != null && types.indexOf(code.charAt(1)) >= 0;
    if (!pairOk || !CnAdministrativeDivisions.isPlausible(code, 2, true)) {
      return false;
    }
    return code.charAt(17) == checkChar(code);
  }
}
