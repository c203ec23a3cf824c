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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread throughput on mixed English/Chinese prompts of 1-4 KB (UTF-8), and on prompts cut
 * at 2 KB, built from the evaluation corpus (so they carry real findings and hard negatives). One operation classifies the
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

  /** "1-4KB": the original 64 prompts; "2KB": {@link #PROMPTS_2K} prompts of 2,048 bytes (issue 3's p99 unit). */
  @Param({"1-4KB", "2KB"})
  String promptSet;

  List<String> prompts;
  Classifier patternsAndPhones;
  Classifier patternsOnly;
  Classifier phonesOnly;
  Classifier defaults;
  Classifier patternsPhonesDictionaries;

  @Setup(Level.Trial)
  public void setUp() {
    prompts = promptSet.equals("2KB") ? prompts2k(PROMPTS_2K, 7L) : prompts(PROMPTS, 7L);
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
      out.add(compose(samples, rnd, i % 2 == 0 ? "en" : "zh", target));
    }
    return out;
  }

  /** Size of the "per 2 KB prompt" target, in UTF-8 bytes. */
  static final int TWO_KB = 2048;
  /** Enough 2 KB prompts that their p99 is not just the single slowest one. */
  static final int PROMPTS_2K = 256;

  /**
   * Prompts of 2,048 UTF-8 bytes at most (2,045 at least: a Chinese char is 3 bytes), composed
   * exactly as {@link #prompts} composes them (same corpus, same mixing of leads and languages) and
   * then cut at the last whole code point within 2 KB, as a client truncating its input would. The
   * cut may split a value or a line: that text is part of what the classifier has to read.
   */
  static List<String> prompts2k(int n, long seed) {
    List<CorpusGenerator.Sample> samples = new CorpusGenerator(seed).generate(20);
    Random rnd = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(cutUtf8(compose(samples, rnd, i % 2 == 0 ? "en" : "zh", TWO_KB), TWO_KB));
    }
    return out;
  }

  /** Samples led by {@code lead}, a quarter of the other language's, one a line, until {@code targetBytes}. */
  private static String compose(List<CorpusGenerator.Sample> samples, Random rnd, String lead,
                                int targetBytes) {
    StringBuilder sb = new StringBuilder();
    while (sb.toString().getBytes(StandardCharsets.UTF_8).length < targetBytes) {
      CorpusGenerator.Sample s = samples.get(rnd.nextInt(samples.size()));
      if (rnd.nextInt(4) == 0 || s.language().equals(lead)) {
        sb.append(s.text()).append('\n');
      }
    }
    return sb.toString();
  }

  /** The longest prefix of {@code s} whose UTF-8 form fits in {@code maxBytes}, never splitting a code point. */
  static String cutUtf8(String s, int maxBytes) {
    int bytes = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + len > maxBytes) {
        break;
      }
      bytes += len;
      i += Character.charCount(cp);
    }
    return s.substring(0, i);
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
