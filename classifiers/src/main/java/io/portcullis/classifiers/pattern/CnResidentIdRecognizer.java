package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.validate.CnResidentId;
import java.time.LocalDate;
import java.util.List;

/**
 * CN_RESIDENT_ID: 17 digits plus a digit or X, with the GB 11643 check character, a real birth date
 * and a known division prefix. Works inside unspaced Chinese text ("身份证号110101…请核对").
 */
public final class CnResidentIdRecognizer implements Recognizer {

  static final ContextWords CONTEXT = ContextWords.of("身份证", "身份号码", "公民身份", "证件号",
      "证件号码", "居民身份", "id card", "identity card", "resident id", "national id", "id no",
      "id number", "id#", "prc id", "chinese id", "id");

  @Override
  public String entityType() {
    return "CN_RESIDENT_ID";
  }

  @Override
  public void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    String s = text.text();
    LocalDate today = LocalDate.now();
    AlnumRuns.forEach(text, 18, 18, (start, end) -> {
      if (AlnumRuns.allDigits(s, start, end - 1)
          && CnResidentId.isValid(s.substring(start, end), today)) {
        Scoring.emit(text, this, start, end, 0.85, true,
            "GB 11643 check character, real birth date, known division", CONTEXT, out);
      }
    });
  }
}
