package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.validate.UsSsn;
import java.util.List;

/**
 * US_SSN: 3-2-4 digits (dashes or spaces) or nine plain digits, obeying SSA area/group/serial rules.
 * Plain nine-digit numbers are everywhere, so they need a context word.
 */
public final class UsSsnRecognizer extends DigitRunRecognizer {

  static final ContextWords CONTEXT = ContextWords.of("ssn", "social security", "social sec",
      "ss#", "ss #", "taxpayer", "tin", "社会安全号", "社会保障号", "社安号", "美国社保");

  @Override
  public String entityType() {
    return "US_SSN";
  }

  @Override
  void onRun(ScanText text, DigitGroups g, List<Candidate> out) {
    String s = text.text();
    for (int from = 0; from < g.count; from++) {
      if (from + 2 < g.count && g.length(from) == 3 && g.length(from + 1) == 2
          && g.length(from + 2) == 4 && g.uniformSeparators(from, from + 2)
          && endsCleanly(text, g, from + 2)
          && (from + 3 >= g.count || g.separators[from + 3] != g.separators[from + 1])) {
        if (UsSsn.isValid(g.compact(s, from, from + 2))) {
          boolean dashed = g.separators[from + 1] == '-';
          Scoring.emit(text, this, g.starts[from], g.ends[from + 2], dashed ? 0.7 : 0.5, true,
              "SSA area/group/serial rules", CONTEXT, out);
        }
        return;
      }
      if (g.length(from) == 9 && endsCleanly(text, g, from)
          && UsSsn.isValid(s.substring(g.starts[from], g.ends[from]))) {
        Scoring.emit(text, this, g.starts[from], g.ends[from], 0.3, false,
            "nine digits obeying SSA rules", CONTEXT, out);
      }
    }
  }
}
