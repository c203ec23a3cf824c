package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.validate.CnResidentId;
import java.time.LocalDate;
import java.util.List;

/**
 * CN_RESIDENT_ID: 17 digits plus a digit or X, with the GB 11643 check character, a real birth date
 * and a known division prefix. Works inside unspaced Chinese text ("身份证号110101…请核对"), in the
 * grouped form people type ("110105 19491231 002X", spaces or dashes) and, with full-width digits
 * folded by {@link ScanText#foldWidth}, as "１１０１０５…". The 15-digit IDs issued before 1999 have no
 * check character: they count only with a real 19YYMMDD date, a known division and an ID label.
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
    AlnumRuns.forEach(text, 15, 18, (start, end) -> {
      if (end - start == 18) {
        if (AlnumRuns.allDigits(s, start, end - 1)
            && CnResidentId.isValid(s.substring(start, end), today)) {
          Scoring.emit(text, this, start, end, 0.85, true, VALID, CONTEXT, out);
        }
      } else if (end - start == 15 && CnResidentId.isPlausibleLegacy(s.substring(start, end), today)
          && CONTEXT.near(text, start, end) != null) {
        Scoring.emit(text, this, start, end, 0.5, false,
            "15-digit legacy ID: known division, real 19YYMMDD date (no check character)", CONTEXT,
            out);
      }
    });
    grouped(text, today, out);
  }

  private static final String VALID = "GB 11643 check character, real birth date, known division";

  /** "110105 19491231 002X" or "110105-19491231-002X": groups of 6, 8 and 4, one separator. */
  private void grouped(ScanText text, LocalDate today, List<Candidate> out) {
    String s = text.text();
    int n = s.length();
    Runs runs = text.runs();
    StringBuilder id = new StringBuilder(18);
    int next = 0;
    for (int k = 0; k < runs.digitRunCount(); k++) {
      int i = runs.digitRunStart(k);
      if (i + GROUPED_LENGTH > n) {
        break;
      }
      // Only a run of exactly six digits can open the form.
      if (i < next || i + 6 >= n || ScanText.isAsciiDigit(s.charAt(i + 6))
          || !AlnumRuns.allDigits(s, i, i + 6)) {
        continue;
      }
      char sep = s.charAt(i + 6);
      if ((sep == ' ' || sep == '-') && s.charAt(i + 15) == sep
          && AlnumRuns.allDigits(s, i + 7, i + 15) && AlnumRuns.allDigits(s, i + 16, i + 19)
          && text.leftBoundary(i) && text.rightBoundary(i + GROUPED_LENGTH)) {
        id.setLength(0);
        id.append(s, i, i + 6).append(s, i + 7, i + 15).append(s, i + 16, i + GROUPED_LENGTH);
        if (CnResidentId.isValid(id, today)) {
          Scoring.emit(text, this, i, i + GROUPED_LENGTH, 0.85, true, VALID + "; grouped",
              CONTEXT, out);
          next = i + GROUPED_LENGTH;
        }
      }
    }
  }

  private static final int GROUPED_LENGTH = 20;
}
