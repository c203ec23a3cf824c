package io.portcullis.classifiers.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Thread CPU time per call, and the one summary line the CPU-time harnesses print
 * ({@link CpuTimeThroughput}, {@link CpuTimeAb}, {@code nlp.bench.DetectorCpuTime}). Thread CPU
 * rather than wall time: on this shared 2-core machine it is what other tenants' load moves least.
 */
public final class CpuTimes {
  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  private CpuTimes() {}

  /** The calling thread's CPU time so far, in nanoseconds. */
  public static long now() {
    return MX.getCurrentThreadCpuTime();
  }

  /** Each call's thread CPU time (ns): {@code rounds} passes of {@code op} over {@code texts}. */
  public static long[] perCall(Consumer<String> op, List<String> texts, int rounds) {
    long[] each = new long[texts.size() * rounds];
    int k = 0;
    for (int r = 0; r < rounds; r++) {
      for (String t : texts) {
        long t0 = now();
        op.accept(t);
        each[k++] = now() - t0;
      }
    }
    return each;
  }

  /** Mean, p50 and p99 per call and MB/s of CPU, for per-call times over {@code bytesPerRound} a round. */
  public static String summary(String name, long[] each, long bytesPerRound, int rounds) {
    long[] sorted = each.clone();
    Arrays.sort(sorted);
    long total = Arrays.stream(sorted).sum();
    return String.format(Locale.ROOT, "%-48s mean %7.1f us  p50 %7.1f us  p99 %7.1f us  %6.2f MB/s", name,
        total / 1e3 / sorted.length, sorted[sorted.length / 2] / 1e3, sorted[(int) (sorted.length * 0.99)] / 1e3,
        bytesPerRound * (double) rounds / 1e6 / (total / 1e9));
  }
}
