package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.validate.CnUscc;
import java.util.List;

/** CN_USCC: 18 characters with a valid GB 32100 check character and structure. */
public final class CnUsccRecognizer implements Recognizer {

  static final ContextWords CONTEXT = ContextWords.of("统一社会信用代码", "信用代码", "社会信用",
      "营业执照", "纳税人识别号", "税号", "uscc", "credit code", "business license", "tax id",
      "registration");

  @Override
  public String entityType() {
    return "CN_USCC";
  }

  @Override
  public void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    String s = text.text();
    AlnumRuns.forEach(text, 18, 18, (start, end) -> {
      // An all-digit code under an identity label is a (mistyped) resident ID, not a company.
      if (AlnumRuns.allUpperOrDigit(s, start, end) && CnUscc.isValid(s.substring(start, end))
          && !(AlnumRuns.allDigits(s, start, end) && CONTEXT.near(text, start, end) == null
               && CnResidentIdRecognizer.CONTEXT.near(text, start, end) != null)) {
        Scoring.emit(text, this, start, end, 0.8, true, "GB 32100 check character valid", CONTEXT,
            out);
      }
    });
  }
}
