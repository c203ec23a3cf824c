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
    Runs runs = text.runs();
    DigitGroups groups = new DigitGroups();
    // Every run is read from a digit run's first digit; a group run ends on a non-digit, so the
    // next one to read is the first digit run starting at or after its end.
    for (int k = 0; k < runs.digitRunCount(); ) {
      int i = runs.digitRunStart(k);
      groups.read(s, i);
      if (text.leftBoundary(i)) {
        onRun(text, groups, out);
      }
      int next = Math.max(groups.runEnd, i + 1);
      k++;
      while (k < runs.digitRunCount() && runs.digitRunStart(k) < next) {
        k++;
      }
    }
  }

  /** Examines one run; group ranges ending before the run's end must check the right boundary. */
  abstract void onRun(ScanText text, DigitGroups groups, List<Candidate> out);

  /** True when a token ending at {@code end} is not glued to more word characters. */
  static boolean endsCleanly(ScanText text, DigitGroups g, int lastGroup) {
    return text.rightBoundary(g.ends[lastGroup]);
  }
}
