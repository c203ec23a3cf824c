package io.portcullis.classifiers.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Classifier;
import io.portcullis.classifiers.Finding;
import io.portcullis.classifiers.nlp.OpenNlpLanguageIdentifier;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the whole pipeline (patterns, phones, names, shipped dictionaries):
 * no input may throw, produce a malformed finding, or cost more than {@link #BUDGET_NANOS} of the
 * calling thread's CPU time. CPU time, not wall time, because this machine is shared and a
 * descheduled thread is not a slow classifier.
 *
 * <p>Under plain {@code mvn verify} Jazzer runs in regression mode: only the seeds under
 * {@code src/test/resources/io/portcullis/classifiers/fuzz/ClassifierFuzzTestInputs/classify/}
 * (and any crash inputs kept there) are replayed. Fuzzing mode is
 * {@code JAZZER_FUZZ=1 mvn -B -ntp -pl classifiers test -Dtest=ClassifierFuzzTest}
 * (see classifiers/README.md, "Tests").
 */
class ClassifierFuzzTest {

  static final long BUDGET_NANOS = 100_000_000L;
  static final String[] LANGUAGES = {null, "en", "zh", "ja", "xx"};
  static final String[] REGIONS = {null, "CN", "US", "GB", "HK", "ZZ"};

  static Classifier classifier;

  @BeforeAll
  static void build() {
    classifier = Classifier.builder().defaultDetectors()
        .languageIdentifier(new OpenNlpLanguageIdentifier())
        .dictionaries(Path.of("../policies/dictionaries")).build();
    // Warm the JIT so the budget measures the code, not the interpreter's first pass.
    String warm = "身份证号11010519491231002X 卡号 4111 1111 1111 1111 John Smith in Paris +86 138 0013 8000 "
        + "type 2 diabetes 军事设施坐标 at Acme Corp. ";
    for (int i = 0; i < 40; i++) {
      classifier.classify(warm.repeat(1 + i % 8), ClassificationContext.defaults());
    }
    // And every language and region hint once, with dictionary hits: one-time work on first use (a
    // dictionary query's first match, libphonenumber loading a
    // region's metadata lazily, per-language paths build their tables) is not a per-input cost, and a
    // seed that happened to come first paid ~100 ms for it in one CI run.
    for (String language : LANGUAGES) {
      for (String region : REGIONS) {
        classifier.classify(warm, new ClassificationContext(language, region, Set.of()));
      }
    }
  }

  @FuzzTest
  void classify(FuzzedDataProvider data) {
    String language = LANGUAGES[data.consumeInt(0, LANGUAGES.length - 1)];
    String region = REGIONS[data.consumeInt(0, REGIONS.length - 1)];
    String text = data.consumeRemainingAsString();
    ClassificationContext context = new ClassificationContext(language, region, Set.of());

    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long t0 = mx.getCurrentThreadCpuTime();
    List<Finding> found = classifier.classify(text, context);
    long cpu = mx.getCurrentThreadCpuTime() - t0;

    assertTrue(cpu <= BUDGET_NANOS,
        () -> "took " + cpu / 1_000_000 + " ms CPU for " + text.length() + " chars");
    int lastEnd = 0;
    for (Finding f : found) {
      int end = lastEnd;
      assertTrue(f.start() >= end && f.end() > f.start() && f.end() <= text.length(),
          () -> "bad span " + f + " after " + end + " in " + text.length() + " chars");
      lastEnd = f.end();
    }
  }
}
