package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import java.util.List;

/**
 * CN_PASSPORT: ordinary passports "E" + 8 digits or "E" + letter + 7 digits (2012 series), older
 * "G" + 8 digits. No check digit exists, so the score rests on shape and context.
 */
public final class CnPassportRecognizer implements Recognizer {

  @Override
  public String entityType() {
    return "CN_PASSPORT";
  }

  @Override
  public void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    String s = text.text();
    AlnumRuns.forEach(text, 9, 9, (start, end) -> {
      char first = s.charAt(start);
      boolean shape = false;
      if ((first == 'E' || first == 'G') && AlnumRuns.allDigits(s, start + 1, end)) {
        shape = true;
      } else if (first == 'E') {
        char second = s.charAt(start + 1);
        shape = second >= 'A' && second <= 'Z' && second != 'I' && second != 'O'
            && AlnumRuns.allDigits(s, start + 2, end);
      }
      if (shape) {
        Scoring.emit(text, this, start, end, 0.5, false, "PRC passport number shape",
            PassportRecognizers.CONTEXT, out);
      }
    });
  }
}
