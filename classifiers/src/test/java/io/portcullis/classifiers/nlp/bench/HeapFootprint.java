package io.portcullis.classifiers.nlp.bench;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.dictionary.DictionaryDetector;
import io.portcullis.classifiers.nlp.NameDetector;
import io.portcullis.classifiers.nlp.OpenNlpLanguageIdentifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;

/**
 * Heap retained by everything this package loads: both name-finder models, the langdetect model
 * and a 10,000-term dictionary, after each has run once (lazy structures built). Measured as used
 * heap after full GCs, minus the same before loading.
 *
 * <pre>mvn -B -ntp -pl classifiers test-compile exec:java \
 *   -Dexec.mainClass=io.portcullis.classifiers.nlp.bench.HeapFootprint -Dexec.classpathScope=test</pre>
 */
public final class HeapFootprint {

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("dict10k");
    BenchmarkInputs.dictionaryDirectory(Path.of("../policies/dictionaries"), dir, 10_000);
    String prompt = BenchmarkInputs.mixedPrompts(1).get(0);
    EntityCatalog catalog = EntityCatalog.load();
    long before = usedAfterGc();
    NameDetector names = NameDetector.fromClasspath();
    DictionaryDetector dictionary = new DictionaryDetector(dir, catalog);
    OpenNlpLanguageIdentifier language = new OpenNlpLanguageIdentifier();
    names.detect(prompt, ClassificationContext.defaults(), new ArrayList<>());
    dictionary.detect(prompt, ClassificationContext.defaults(), new ArrayList<>());
    language.identify("Pourriez-vous résumer ce contrat pour le conseil ?");
    long after = usedAfterGc();
    System.out.printf(Locale.ROOT, "terms loaded: %d%n", dictionary.termCount());
    System.out.printf(Locale.ROOT, "heap retained by name models + langdetect + dictionary: %.1f MB%n",
        (after - before) / 1e6);
    // Keep the objects reachable until after the measurement.
    System.out.println(names.name() + dictionary.name() + language.getClass().getSimpleName());
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
