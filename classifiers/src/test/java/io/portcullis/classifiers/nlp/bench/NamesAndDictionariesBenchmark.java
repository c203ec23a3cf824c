package io.portcullis.classifiers.nlp.bench;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.Finding;
import io.portcullis.classifiers.dictionary.DictionaryDetector;
import io.portcullis.classifiers.nlp.NameDetector;
import io.portcullis.classifiers.nlp.OpenNlpLanguageIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Single-thread cost of this package's detectors on mixed English/Chinese ~2 KB prompts. One
 * invocation = one prompt; SampleTime gives the p99. Run with
 * {@code mvn -B -ntp -Pbench -pl classifiers test-compile exec:exec -Djmh.args="NamesAndDictionaries -wi 2 -i 3 -f 1 -bm sample -tu us"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NamesAndDictionariesBenchmark {

  private List<String> prompts;
  private int next;
  private NameDetector windowed;
  private NameDetector everySentence;
  private DictionaryDetector shipped;
  private DictionaryDetector tenThousand;
  private OpenNlpLanguageIdentifier language;
  private final ClassificationContext context = ClassificationContext.defaults();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    prompts = BenchmarkInputs.mixedPrompts(64);
    TokenNameFinderModel en = NameDetector.loadModel("/io/portcullis/classifiers/nlp/en-names.bin");
    TokenNameFinderModel zh = NameDetector.loadModel("/io/portcullis/classifiers/nlp/zh-names.bin");
    EntityCatalog catalog = EntityCatalog.load();
    windowed = new NameDetector(en, zh, catalog, true);
    everySentence = new NameDetector(en, zh, catalog, false);
    Path dictionaries = Path.of(System.getProperty("portcullis.dictionaries", "../policies/dictionaries"));
    shipped = new DictionaryDetector(dictionaries, catalog);
    Path big = Files.createTempDirectory("dict10k");
    BenchmarkInputs.dictionaryDirectory(dictionaries, big, 10_000);
    tenThousand = new DictionaryDetector(big, catalog);
    language = new OpenNlpLanguageIdentifier();
  }

  private String prompt() {
    next = (next + 1) % prompts.size();
    return prompts.get(next);
  }

  @Benchmark
  public List<Finding> namesCandidateWindows() {
    List<Finding> out = new ArrayList<>();
    windowed.detect(prompt(), context, out);
    return out;
  }

  @Benchmark
  public List<Finding> namesEverySentence() {
    List<Finding> out = new ArrayList<>();
    everySentence.detect(prompt(), context, out);
    return out;
  }

  @Benchmark
  public List<Finding> dictionaryShipped() {
    List<Finding> out = new ArrayList<>();
    shipped.detect(prompt(), context, out);
    return out;
  }

  @Benchmark
  public List<Finding> dictionary10kTerms() {
    List<Finding> out = new ArrayList<>();
    tenThousand.detect(prompt(), context, out);
    return out;
  }

  @Benchmark
  public String languageIdentifier() {
    return language.identify(prompt());
  }
}
