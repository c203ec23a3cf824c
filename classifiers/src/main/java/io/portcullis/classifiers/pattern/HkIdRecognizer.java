package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.validate.HkId;
import java.util.List;

/** HK_ID: one or two letters, six digits and a check character, as "A123456(3)" or "A1234563". */
public final class HkIdRecognizer implements Recognizer {

  static final ContextWords CONTEXT = ContextWords.of("hkid", "hong kong id", "identity card",
      "hk id", "香港身份证", "身份证", "身份證", "香港永久性居民");

  @Override
  public String entityType() {
    return "HK_ID";
  }

  @Override
  public void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    String s = text.text();
    int n = s.length();
    AlnumRuns.forEach(text, 7, 9, (start, end) -> {
      int letters = 0;
      while (start + letters < end && s.charAt(start + letters) >= 'A'
          && s.charAt(start + letters) <= 'Z') {
        letters++;
      }
      if (letters < 1 || letters > 2) {
        return;
      }
      int digitsEnd = start + letters + 6;
      if (digitsEnd > end || !AlnumRuns.allDigits(s, start + letters, digitsEnd)) {
        return;
      }
      String body = s.substring(start, digitsEnd);
      if (end == digitsEnd) {
        // Bracketed check character: "A123456(3)" or full-width "A123456（3）".
        if (end + 2 < n && (s.charAt(end) == '(' || s.charAt(end) == '（')
            && (s.charAt(end + 2) == ')' || s.charAt(end + 2) == '）')
            && HkId.isValid(body, s.charAt(end + 1))) {
          Scoring.emit(text, this, start, end + 3, 0.75, true, "HKID check character valid",
              CONTEXT, out);
        }
      } else if (end == digitsEnd + 1 && HkId.isValid(body, s.charAt(digitsEnd))
          && PassportRecognizers.CONTEXT.near(text, start, end) == null) {
        // Unbracketed "EY1234567" is also a PRC passport shape; a passport label decides for it.
        Scoring.emit(text, this, start, end, 0.55, true, "HKID check character valid", CONTEXT,
            out);
      }
    });
  }
}
