package io.portcullis.classifiers.bench;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Classifier;
import io.portcullis.classifiers.Detector;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.Finding;
import io.portcullis.classifiers.dictionary.DictionaryDetector;
import io.portcullis.classifiers.nlp.OpenNlpLanguageIdentifier;
import io.portcullis.classifiers.nlp.bench.BenchmarkInputs;
import io.portcullis.classifiers.pattern.PatternDetector;
import io.portcullis.classifiers.pattern.Recognizer;
import io.portcullis.classifiers.pattern.Recognizers;
import io.portcullis.classifiers.phone.PhoneDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Companion to {@link ClassifierBenchmark} for shared, overloaded machines: measures the classifying
 * thread's CPU time (not wall time) over the same prompts, per recognizer, for phones, for the
 * dictionaries (shipped lists and 10,000 terms), and per prompt (mean, p50, p99) for patterns +
 * phones (+ dictionaries) and the whole pipeline, so other tenants' load does not count against us. Wall-clock JMH figures stay the
 * reference; this shows where the time goes.
 *
 * <pre>mvn -B -ntp -Pbench -pl classifiers test-compile exec:exec \
 *   -Dexec.mainClass=... (see classifiers/README.md for the java command)</pre>
 */
public final class CpuTimeThroughput {

  static final int WARM_PASSES = 3;

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    // "per-prompt": skip the per-stage section. On this shared machine the stages before the
    // per-prompt classifiers shift the JIT's view of their shared call sites from run to run.
    boolean perPromptOnly = args.length > 1 && args[1].equals("per-prompt");
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
    Path shipped = Path.of(System.getProperty("portcullis.dictionaries", "../policies/dictionaries"));
    Path big = Files.createTempDirectory("dict10k");
    BenchmarkInputs.dictionaryDirectory(shipped, big, 10_000);
    DictionaryDetector shippedDictionaries = new DictionaryDetector(shipped, catalog);
    DictionaryDetector bigDictionaries = new DictionaryDetector(big, catalog);
    stages.put("dictionary (shipped lists)", shippedDictionaries);
    stages.put("dictionary (10,000 terms)", bigDictionaries);
    Map<String, Long> cpu = new LinkedHashMap<>();
    // Several passes, the last one kept: with two JIT compiler threads on a loaded 2-CPU machine the
    // C2 queue lags (Lucene, OpenNLP and libphonenumber all want compiling), and -XX:+PrintCompilation
    // showed early stages still running C1-profiled code through a second pass.
    for (int pass = 0; pass < (perPromptOnly ? 0 : WARM_PASSES + 1); pass++) {
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
    double mb = bytes * (double) rounds / 1e6;
    System.out.printf("prompts=%d bytes/batch=%d rounds=%d%n", prompts.size(), bytes, rounds);
    System.out.printf("%-44s %10s %10s%n", "stage", "cpu ms", "MB/s");
    for (Map.Entry<String, Long> e : cpu.entrySet()) {
      System.out.printf("%-44s %10.1f %10.1f%n", e.getKey(), e.getValue() / 1e6,
          mb / (e.getValue() / 1e9));
    }
    Classifier patternsAndPhones = Classifier.builder().catalog(catalog)
        .detector(new PatternDetector(Recognizers.defaults(), catalog))
        .detector(new PhoneDetector(catalog)).build();
    Classifier withDictionaries = Classifier.builder().catalog(catalog)
        .detector(new PatternDetector(Recognizers.defaults(), catalog))
        .detector(new PhoneDetector(catalog)).detector(shippedDictionaries).build();
    Classifier withBigDictionaries = Classifier.builder().catalog(catalog)
        .detector(new PatternDetector(Recognizers.defaults(), catalog))
        .detector(new PhoneDetector(catalog)).detector(bigDictionaries).build();
    Classifier pipeline = Classifier.builder().catalog(catalog).defaultDetectors()
        .languageIdentifier(new OpenNlpLanguageIdentifier()).detector(shippedDictionaries).build();
    System.out.printf("%nper prompt, thread CPU (mean %d bytes):%n", bytes / prompts.size());
    perPrompt("patterns+phones (Classifier)", patternsAndPhones, prompts, rounds, bytes, mx);
    perPrompt("patterns+phones+dictionaries (shipped)", withDictionaries, prompts, rounds, bytes, mx);
    perPrompt("patterns+phones+dictionaries (10k terms)", withBigDictionaries, prompts, rounds, bytes, mx);
    perPrompt("whole pipeline (+names, langid, shipped dict.)", pipeline, prompts,
        Math.max(1, rounds / 10), bytes, mx);
    System.exit(0); // the Lucene Monitors' purge threads are not daemons
  }

  /** Mean, p50 and p99 of per-prompt thread CPU time after warm-up rounds, and MB/s of CPU. */
  private static void perPrompt(String name, Classifier c, List<String> prompts, int rounds,
                                long bytes, ThreadMXBean mx) {
    ClassificationContext ctx = ClassificationContext.defaults();
    for (int pass = 0; pass < WARM_PASSES; pass++) {
      prompts.forEach(p -> c.classify(p, ctx));
    }
    long[] each = new long[prompts.size() * rounds];
    long total = 0;
    int k = 0;
    for (int r = 0; r < rounds; r++) {
      for (String p : prompts) {
        long t0 = mx.getCurrentThreadCpuTime();
        c.classify(p, ctx);
        each[k] = mx.getCurrentThreadCpuTime() - t0;
        total += each[k++];
      }
    }
    Arrays.sort(each);
    System.out.printf("%-48s mean %7.1f us  p50 %7.1f us  p99 %7.1f us  %6.2f MB/s%n", name,
        total / 1e3 / each.length, each[each.length / 2] / 1e3,
        each[(int) (each.length * 0.99)] / 1e3, bytes * (double) rounds / 1e6 / (total / 1e9));
  }
}
