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
    // Every group starts a candidate: a run may hold several SSNs ("078-05-1120 123-45-6789"),
    // and one failing the rules says nothing about the next. A run has at most
    // DigitGroups.MAX_GROUPS groups, so the look-ahead in standsAlone keeps the scan linear.
    for (int from = 0; from < g.count; from++) {
      if (standsAlone(g, from) && endsCleanly(text, g, from + 2)) {
        if (UsSsn.isValid(g.compact(s, from, from + 2))) {
          boolean dashed = g.separators[from + 1] == '-';
          Scoring.emit(text, this, g.starts[from], g.ends[from + 2], dashed ? 0.7 : 0.5, true,
              "SSA area/group/serial rules", CONTEXT, out);
        }
        from += 2; // its groups are spent; the next candidate starts after them
        continue;
      }
      if (g.length(from) == 9 && endsCleanly(text, g, from)
          && UsSsn.isValid(s.substring(g.starts[from], g.ends[from]))) {
        Scoring.emit(text, this, g.starts[from], g.ends[from], 0.3, false,
            "nine digits obeying SSA rules", CONTEXT, out);
      }
    }
  }

  /** Groups {@code from..from+2} are 3-2-4 digits joined by one separator. */
  private static boolean isTriple(DigitGroups g, int from) {
    return from + 2 < g.count && g.length(from) == 3 && g.length(from + 1) == 2
        && g.length(from + 2) == 4 && g.uniformSeparators(from, from + 2);
  }

  /**
   * A triple at {@code from} that is a number of its own: what follows is another separator, or
   * more triples with the same separator to the end of that stretch (a list of SSNs written with
   * spaces). A 3-2-4 prefix of a longer number in one style ("536 22 1234 01") is not.
   */
  private static boolean standsAlone(DigitGroups g, int from) {
    if (!isTriple(g, from)) {
      return false;
    }
    int next = from + 3;
    return next >= g.count || g.separators[next] != g.separators[from + 1] || standsAlone(g, next);
  }
}
