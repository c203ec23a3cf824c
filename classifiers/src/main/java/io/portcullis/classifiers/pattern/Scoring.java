package io.portcullis.classifiers.pattern;

/**
 * Turns a base score plus positive and negative context into a final score and a short "why".
 * Kept in one place so all recognizers weigh context the same way.
 */
public final class Scoring {

  /** Findings below this are dropped by default ({@code Classifier.Builder#minScore}). */
  public static final double REPORT_THRESHOLD = 0.5;

  static final double CONTEXT_BOOST = 0.35;
  static final double NEGATIVE_PENALTY = 0.45;

  private Scoring() {
  }

  /**
   * Emits a candidate scored from {@code base}, raised by a word from {@code positive} and lowered
   * by a word from {@link ContextWords#NEGATIVE}. {@code positive} may be null.
   */
  public static void emit(ScanText text, Recognizer r, int start, int end, double base,
                          boolean validated, String why, ContextWords positive,
                          java.util.List<Candidate> out) {
    double score = base;
    StringBuilder reason = new StringBuilder(why);
    String plus = positive == null ? null : positive.near(text, start, end);
    if (plus != null) {
      score += CONTEXT_BOOST;
      reason.append("; context '").append(plus).append('\'');
    } else {
      String minus = ContextWords.NEGATIVE.near(text, start, end);
      if (minus != null) {
        score -= NEGATIVE_PENALTY;
        reason.append("; negative context '").append(minus).append('\'');
      }
    }
    score = Math.max(0.0, Math.min(0.99, score));
    out.add(new Candidate(r.entityType(), start, end, score, validated, reason.toString()));
  }
}
