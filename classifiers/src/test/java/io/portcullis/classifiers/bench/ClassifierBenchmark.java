package io.portcullis.classifiers.bench;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Classifier;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.eval.CorpusGenerator;
import io.portcullis.classifiers.pattern.PatternDetector;
import io.portcullis.classifiers.pattern.Recognizers;
import io.portcullis.classifiers.phone.PhoneDetector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread throughput on mixed English/Chinese prompts of 1-4 KB (UTF-8), built from the
 * evaluation corpus (so they carry real findings and hard negatives). One operation classifies the
 * whole batch; divide {@link #BATCH_BYTES} by the time per operation for MB/s.
 *
 * <pre>mvn -B -ntp -Pbench -pl classifiers test-compile exec:exec</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClassifierBenchmark {

  static final int PROMPTS = 64;
  static int BATCH_BYTES;

  List<String> prompts;
  Classifier patternsAndPhones;
  Classifier patternsOnly;
  Classifier phonesOnly;
  Classifier defaults;
  Classifier patternsPhonesDictionaries;

  @Setup(Level.Trial)
  public void setUp() {
    prompts = prompts(PROMPTS, 7L);
    int bytes = 0;
    int chars = 0;
    for (String p : prompts) {
      bytes += p.getBytes(StandardCharsets.UTF_8).length;
      chars += p.length();
    }
    BATCH_BYTES = bytes;
    System.out.printf("%nbatch: %d prompts, %d UTF-8 bytes, %d chars (mean %d bytes/prompt)%n",
        prompts.size(), bytes, chars, bytes / prompts.size());
    EntityCatalog catalog = EntityCatalog.load();
    patternsAndPhones = Classifier.builder().catalog(catalog)
        .detector(new PatternDetector(Recognizers.defaults(), catalog))
        .detector(new PhoneDetector(catalog)).build();
    patternsOnly = Classifier.builder().catalog(catalog)
        .detector(new PatternDetector(Recognizers.defaults(), catalog)).build();
    phonesOnly = Classifier.builder().catalog(catalog).detector(new PhoneDetector(catalog)).build();
    defaults = Classifier.withDefaults();
    patternsPhonesDictionaries = Classifier.builder().catalog(catalog)
        .detector(new PatternDetector(Recognizers.defaults(), catalog))
        .detector(new PhoneDetector(catalog))
        .dictionaries(Path.of(System.getProperty("portcullis.dictionaries", "../policies/dictionaries")))
        .build();
  }

  /** Prompts of 1-4 KB, alternating English-led and Chinese-led, mixing both languages' samples. */
  static List<String> prompts(int n, long seed) {
    List<CorpusGenerator.Sample> samples = new CorpusGenerator(seed).generate(20);
    Random rnd = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int target = 1024 + rnd.nextInt(3 * 1024);
      StringBuilder sb = new StringBuilder();
      String lead = i % 2 == 0 ? "en" : "zh";
      while (sb.toString().getBytes(StandardCharsets.UTF_8).length < target) {
        CorpusGenerator.Sample s = samples.get(rnd.nextInt(samples.size()));
        if (rnd.nextInt(4) == 0 || s.language().equals(lead)) {
          sb.append(s.text()).append('\n');
        }
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static void run(Classifier c, List<String> prompts, Blackhole bh) {
    for (String p : prompts) {
      bh.consume(c.classify(p, ClassificationContext.defaults()));
    }
  }

  @Benchmark
  public void patternsAndPhones(Blackhole bh) {
    run(patternsAndPhones, prompts, bh);
  }

  /** Issue 3's "patterns, phones and dictionaries alone" (shipped dictionaries). */
  @Benchmark
  public void patternsPhonesDictionaries(Blackhole bh) {
    run(patternsPhonesDictionaries, prompts, bh);
  }

  @Benchmark
  public void patternsOnly(Blackhole bh) {
    run(patternsOnly, prompts, bh);
  }

  @Benchmark
  public void phonesOnly(Blackhole bh) {
    run(phonesOnly, prompts, bh);
  }

  /** Everything {@link Classifier#withDefaults()} registers (names and dictionaries included once present). */
  @Benchmark
  public void withDefaults(Blackhole bh) {
    run(defaults, prompts, bh);
  }
}
