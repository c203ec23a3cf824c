package io.portcullis.classifiers.bench;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Classifier;
import io.portcullis.classifiers.Detector;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.Finding;
import io.portcullis.classifiers.pattern.PatternDetector;
import io.portcullis.classifiers.pattern.Recognizer;
import io.portcullis.classifiers.pattern.Recognizers;
import io.portcullis.classifiers.phone.PhoneDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Companion to {@link ClassifierBenchmark} for shared, overloaded machines: measures the classifying
 * thread's CPU time (not wall time) over the same prompts, per recognizer and for the whole pattern
 * and phone stage, so other tenants' load does not count against us. Wall-clock JMH figures stay the
 * reference; this shows where the time goes.
 *
 * <pre>mvn -B -ntp -Pbench -pl classifiers test-compile exec:exec \
 *   -Dexec.mainClass=... (see classifiers/README.md for the java command)</pre>
 */
public final class CpuTimeThroughput {

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    List<String> prompts = ClassifierBenchmark.prompts(ClassifierBenchmark.PROMPTS, 7L);
    long bytes = 0;
    for (String p : prompts) {
      bytes += p.getBytes(StandardCharsets.UTF_8).length;
    }
    EntityCatalog catalog = EntityCatalog.load();
    Map<String, Detector> stages = new LinkedHashMap<>();
    // Baseline: one pass reading every char, the floor any recognizer pays; shows how fast this
    // machine is at the moment of measuring.
    stages.put("baseline/one-char-pass", new Detector() {
      @Override
      public String name() {
        return "baseline";
      }

      @Override
      public void detect(String text, ClassificationContext context, List<Finding> out) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
          if (text.charAt(i) <= '9' && text.charAt(i) >= '0') {
            digits++;
          }
        }
        if (digits < 0) {
          out.add(null);
        }
      }
    });
    for (Recognizer r : Recognizers.defaults()) {
      stages.put(r.name(), new PatternDetector(List.of(r), catalog));
    }
    stages.put("phone", new PhoneDetector(catalog));
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    ClassificationContext ctx = ClassificationContext.defaults();
    Map<String, Long> cpu = new LinkedHashMap<>();
    for (int warm = 0; warm < 2; warm++) {
      for (Map.Entry<String, Detector> e : stages.entrySet()) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
          for (String p : prompts) {
            List<Finding> out = new ArrayList<>();
            e.getValue().detect(p, ctx.withLanguage(p.charAt(0) < 0x3000 ? "en" : "zh"), out);
          }
        }
        cpu.put(e.getKey(), mx.getCurrentThreadCpuTime() - t0);
      }
    }
    Classifier whole = Classifier.builder().catalog(catalog)
        .detector(new PatternDetector(Recognizers.defaults(), catalog))
        .detector(new PhoneDetector(catalog)).build();
    long total = 0;
    for (int warm = 0; warm < 2; warm++) {
      long t0 = mx.getCurrentThreadCpuTime();
      for (int r = 0; r < rounds; r++) {
        for (String p : prompts) {
          whole.classify(p, ctx);
        }
      }
      total = mx.getCurrentThreadCpuTime() - t0;
    }
    double mb = bytes * (double) rounds / 1e6;
    System.out.printf("prompts=%d bytes/batch=%d rounds=%d%n", prompts.size(), bytes, rounds);
    System.out.printf("%-28s %10s %10s%n", "stage", "cpu ms", "MB/s");
    for (Map.Entry<String, Long> e : cpu.entrySet()) {
      System.out.printf("%-28s %10.1f %10.1f%n", e.getKey(), e.getValue() / 1e6,
          mb / (e.getValue() / 1e9));
    }
    System.out.printf("%-28s %10.1f %10.1f%n", "patterns+phones (Classifier)", total / 1e6,
        mb / (total / 1e9));
    System.out.printf("per prompt (mean %d bytes): %.1f us CPU%n", bytes / prompts.size(),
        total / 1e3 / rounds / prompts.size());
  }
}
