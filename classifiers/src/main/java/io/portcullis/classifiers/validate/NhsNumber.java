package io.portcullis.classifiers.validate;

/** UK NHS number: ten digits, the last a MOD 11 check with weights 10..2 (10 never occurs). */
public final class NhsNumber {

  private NhsNumber() {
  }

  /** Check digit for nine digits, or -1 when none exists (remainder gives 10). */
  public static int checkDigit(CharSequence first9) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (first9.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      return 0;
    }
    return check == 10 ? -1 : check;
  }

  public static boolean isValid(CharSequence tenDigits) {
    if (tenDigits.length() != 10) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (tenDigits.charAt(i) < '0' || tenDigits.charAt(i) > '9') {
        return false;
      }
    }
    // All-same-digit numbers pass the arithmetic but are never issued.
    boolean same = true;
    for (int i = 1; i < 10 && same; i++) {
      same = tenDigits.charAt(i) == tenDigits.charAt(0);
    }
    return !same && checkDigit(tenDigits) == tenDigits.charAt(9) - '0';
  }
}
