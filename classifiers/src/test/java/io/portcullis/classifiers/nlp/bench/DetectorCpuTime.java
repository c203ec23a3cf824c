package io.portcullis.classifiers.nlp.bench;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Detector;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.bench.CpuTimes;
import io.portcullis.classifiers.dictionary.DictionaryDetector;
import io.portcullis.classifiers.nlp.NameDetector;
import io.portcullis.classifiers.nlp.OpenNlpLanguageIdentifier;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Thread CPU time per ~2 KB mixed prompt for each detector of this package: on a shared machine
 * whose load average is far above its core count, wall-clock JMH figures mostly measure waiting,
 * while CPU time measures the work. Reports mean, p50 and p99 per prompt and MB/s of CPU time.
 *
 * <pre>java -cp &lt;classifiers test classpath&gt; io.portcullis.classifiers.nlp.bench.DetectorCpuTime [rounds] [names]</pre>
 */
public final class DetectorCpuTime {

  private static final int WARM_UP = 3;

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    // "names" as second argument measures the name detector only (no dictionary build).
    boolean namesOnly = args.length > 1 && args[1].equals("names");
    List<String> prompts = BenchmarkInputs.mixedPrompts(64);
    long bytes = prompts.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length).sum();
    EntityCatalog catalog = EntityCatalog.load();
    TokenNameFinderModel en = NameDetector.loadModel("/io/portcullis/classifiers/nlp/en-names.bin");
    TokenNameFinderModel zh = NameDetector.loadModel("/io/portcullis/classifiers/nlp/zh-names.bin");
    Path shipped = Path.of("../policies/dictionaries");
    Path big = Files.createTempDirectory("dict10k");
    BenchmarkInputs.dictionaryDirectory(shipped, big, 10_000);
    OpenNlpLanguageIdentifier language = new OpenNlpLanguageIdentifier();
    System.out.printf(Locale.ROOT, "%d prompts, %d UTF-8 bytes (mean %d), %d rounds after %d warm-up rounds%n",
        prompts.size(), bytes, bytes / prompts.size(), rounds, WARM_UP);
    Consumer<String> windows = detect(new NameDetector(en, zh, catalog, true));
    Consumer<String> everySentence = detect(new NameDetector(en, zh, catalog, false));
    // Both name detectors share the finder code: warm both before timing either, or the one timed
    // first pays for the JIT (measured: it came out ~1.5x slower whichever it was).
    warmUp(everySentence, prompts);
    measure("names, candidate windows (en)", windows, prompts, rounds, bytes);
    measure("names, every sentence", everySentence, prompts, rounds, bytes);
    System.out.printf(Locale.ROOT, "load average %.1f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    if (namesOnly) {
      return;
    }
    measure("dictionary, shipped lists", detect(new DictionaryDetector(shipped, catalog)), prompts, rounds, bytes);
    measure("dictionary, 10,000 terms", detect(new DictionaryDetector(big, catalog)), prompts, rounds, bytes);
    measure("language identifier", language::identify, prompts, rounds, bytes);
  }

  private static void warmUp(Consumer<String> op, List<String> prompts) {
    for (int w = 0; w < WARM_UP; w++) {
      prompts.forEach(op);
    }
  }

  private static Consumer<String> detect(Detector d) {
    return text -> d.detect(text, ClassificationContext.defaults(), new ArrayList<>());
  }

  private static void measure(String name, Consumer<String> op, List<String> prompts, int rounds,
                              long bytes) {
    warmUp(op, prompts);
    System.out.println(CpuTimes.summary(name, CpuTimes.perCall(op, prompts, rounds), bytes, rounds));
  }
}
