package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import java.util.List;

/**
 * US_PASSPORT: nine digits, or one letter and eight digits (next-generation books). Nine digits are
 * too common to report alone, so this needs a passport context word. E and G prefixes are left to
 * {@link CnPassportRecognizer}.
 */
public final class UsPassportRecognizer implements Recognizer {

  @Override
  public String entityType() {
    return "US_PASSPORT";
  }

  @Override
  public void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    String s = text.text();
    AlnumRuns.forEach(text, 9, 9, (start, end) -> {
      char first = s.charAt(start);
      boolean letterForm = first >= 'A' && first <= 'Z' && first != 'E' && first != 'G';
      if ((letterForm || ScanText.isAsciiDigit(first)) && AlnumRuns.allDigits(s, start + 1, end)) {
        Scoring.emit(text, this, start, end, 0.3, false, "US passport number shape",
            PassportRecognizers.CONTEXT, out);
      }
    });
  }
}
