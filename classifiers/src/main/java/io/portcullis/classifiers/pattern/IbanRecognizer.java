package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.validate.Iban;
import java.util.List;

/**
 * IBAN_CODE: country code, two check digits and the BBAN, compact or in groups of four separated by
 * single spaces; the registry length for the country fixes where it ends, mod 97 must give 1.
 */
public final class IbanRecognizer implements Recognizer {

  static final ContextWords CONTEXT = ContextWords.of("iban", "account", "bank", "transfer",
      "wire", "sepa", "账号", "账户", "银行", "汇款", "转账");

  @Override
  public String entityType() {
    return "IBAN_CODE";
  }

  @Override
  public void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    String s = text.text();
    int n = s.length();
    StringBuilder compact = new StringBuilder(34);
    Runs runs = text.runs();
    int next = 0;
    // An IBAN starts on a token boundary, so at the start of an alphanumeric run.
    for (int r = 0; r < runs.count(); r++) {
      int i = runs.start(r);
      if (i + 4 >= n) {
        break;
      }
      char a = s.charAt(i);
      if (a < 'A' || a > 'Z' || i < next) {
        continue;
      }
      char b = s.charAt(i + 1);
      if (b < 'A' || b > 'Z' || !ScanText.isAsciiDigit(s.charAt(i + 2))
          || !ScanText.isAsciiDigit(s.charAt(i + 3)) || !text.leftBoundary(i)) {
        continue;
      }
      int want = Iban.length(s.substring(i, i + 2));
      if (want == 0) {
        continue;
      }
      compact.setLength(0);
      int p = i;
      while (p < n && compact.length() < want) {
        char c = s.charAt(p);
        if (ScanText.isAsciiDigit(c) || (c >= 'A' && c <= 'Z')) {
          compact.append(c);
          p++;
        } else if (c == ' ' && compact.length() % 4 == 0 && p + 1 < n
            && ScanText.isAsciiAlnum(s.charAt(p + 1))) {
          p++; // grouping space, only between blocks of four
        } else if ((c >= 'a' && c <= 'z')) {
          compact.append(Character.toUpperCase(c));
          p++;
        } else {
          break;
        }
      }
      if (compact.length() == want && text.rightBoundary(p) && Iban.isValid(compact)) {
        Scoring.emit(text, this, i, p, 0.85, true, "IBAN mod 97 valid, length " + want,
            CONTEXT, out);
        next = p;
      }
    }
  }
}
