package io.portcullis.classifiers.pattern;

/** Shannon entropy of a character span, to tell random secrets from words and placeholders. */
final class Entropy {

  private Entropy() {
  }

  static double bitsPerChar(String s, int from, int to) {
    int n = to - from;
    if (n <= 0) {
      return 0;
    }
    int[] counts = new int[128];
    int other = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double h = 0;
    for (int k = 0; k <= 128; k++) {
      int cnt = k == 128 ? other : counts[k];
      if (cnt > 0) {
        double p = (double) cnt / n;
        h -= p * (Math.log(p) / Math.log(2));
      }
    }
    return h;
  }
}
