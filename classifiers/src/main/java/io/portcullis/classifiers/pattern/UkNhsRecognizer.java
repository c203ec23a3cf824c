package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.validate.NhsNumber;
import java.util.List;

/**
 * UK_NHS: ten digits, plain or 3-3-4, with a valid mod-11 check. One in eleven random numbers passes,
 * and 3-3-4 is also how phone numbers are written, so a context word is required.
 */
public final class UkNhsRecognizer extends DigitRunRecognizer {

  static final ContextWords CONTEXT = ContextWords.of("nhs", "national health", "health service",
      "patient", "nhs no", "chi number", "英国医保", "医疗卡", "nhs号");

  @Override
  public String entityType() {
    return "UK_NHS";
  }

  @Override
  void onRun(ScanText text, DigitGroups g, List<Candidate> out) {
    String s = text.text();
    for (int from = 0; from < g.count; from++) {
      int to;
      if (g.length(from) == 10) {
        to = from;
      } else if (from + 2 < g.count && g.length(from) == 3 && g.length(from + 1) == 3
          && g.length(from + 2) == 4 && g.uniformSeparators(from, from + 2)) {
        to = from + 2;
      } else {
        continue;
      }
      if (endsCleanly(text, g, to) && NhsNumber.isValid(g.compact(s, from, to))) {
        Scoring.emit(text, this, g.starts[from], g.ends[to], 0.45, true,
            "NHS mod 11 check digit valid", CONTEXT, out);
      }
      from = to;
    }
  }
}
