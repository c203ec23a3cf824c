package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import java.util.List;

/**
 * Base for recognizers of separated digit numbers (cards, SSN, NHS): scans digit-group runs that
 * start on a token boundary and hands each run to {@link #onRun}.
 */
abstract class DigitRunRecognizer implements Recognizer {

  @Override
  public final void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    String s = text.text();
    int n = s.length();
    DigitGroups groups = new DigitGroups();
    int i = 0;
    while (i < n) {
      if (!ScanText.isAsciiDigit(s.charAt(i))) {
        i++;
        continue;
      }
      groups.read(s, i);
      if (text.leftBoundary(i)) {
        onRun(text, groups, out);
      }
      i = Math.max(groups.runEnd, i + 1);
    }
  }

  /** Examines one run; group ranges ending before the run's end must check the right boundary. */
  abstract void onRun(ScanText text, DigitGroups groups, List<Candidate> out);

  /** True when a token ending at {@code end} is not glued to more word characters. */
  static boolean endsCleanly(ScanText text, DigitGroups g, int lastGroup) {
    return text.rightBoundary(g.ends[lastGroup]);
  }
}
