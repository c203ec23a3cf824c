package io.portcullis.classifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OverlapResolverTest {

  /** The precedence as first written, composed from Comparator combinators. */
  private static final Comparator<Finding> COMPOSED = Comparator
      .comparing(Finding::validated).reversed()
      .thenComparing(Comparator.comparingInt(Finding::level).reversed())
      .thenComparing(Comparator.comparingInt(Finding::length).reversed())
      .thenComparing(Comparator.comparingDouble(Finding::score).reversed())
      .thenComparingInt(Finding::start)
      .thenComparing(Finding::type)
      .thenComparing(Finding::detector);

  @Test
  void precedenceOrdersAsTheComposedComparator() {
    Random rnd = new Random(3);
    Finding[] pool = new Finding[400];
    String[] types = {"CREDIT_CARD", "PHONE_NUMBER", "URL", "IP_ADDRESS"};
    String[] detectors = {"pattern/a", "pattern/b", "phone"};
    double[] scores = {0.0, 0.5, 0.85, 0.95, -0.0, Double.NaN};
    for (int i = 0; i < pool.length; i++) {
      int start = rnd.nextInt(6);
      pool[i] = new Finding(types[rnd.nextInt(types.length)], "PERSONAL", 1 + rnd.nextInt(4), start,
          start + rnd.nextInt(4), scores[rnd.nextInt(scores.length)],
          detectors[rnd.nextInt(detectors.length)], rnd.nextBoolean(), "");
    }
    for (Finding a : pool) {
      for (Finding b : pool) {
        assertEquals(Integer.signum(COMPOSED.compare(a, b)),
            Integer.signum(OverlapResolver.PRECEDENCE.compare(a, b)), a + " vs " + b);
      }
    }
  }
}
