package io.portcullis.classifiers.bench;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Classifier;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.dictionary.DictionaryDetector;
import io.portcullis.classifiers.nlp.OpenNlpLanguageIdentifier;
import io.portcullis.classifiers.pattern.PatternDetector;
import io.portcullis.classifiers.pattern.Recognizers;
import io.portcullis.classifiers.phone.PhoneDetector;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Before/after on the 2 KB prompts in one JVM: two builds of this module, each in its own class
 * loader, classify each prompt in turn, alternating which goes first,
 * and each call's thread CPU time is kept. On this shared 2-core machine separate runs of
 * {@link CpuTimeThroughput} drift by 20-30 % with the other tenants' load; interleaving per prompt
 * puts both builds under the same load.
 *
 * <pre>java -cp target/test-classes:target/classes:&lt;test classpath&gt; \
 *   io.portcullis.classifiers.bench.CpuTimeAb ppd|pipeline ROUNDS BEFORE_DIRS AFTER_DIRS</pre>
 * where each *_DIRS is "&lt;build&gt;/test-classes:&lt;build&gt;/classes" of one build (see README).
 */
public final class CpuTimeAb {

  public static void main(String[] args) throws Exception {
    String what = args[0];
    int rounds = Integer.parseInt(args[1]);
    String[] builds = {args[2], args[3]};
    List<URL> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        jars.add(new File(entry).toURI().toURL());
      }
    }
    List<ToIntFunction<String>> classifiers = new ArrayList<>();
    try {
      for (String build : builds) {
        classifiers.add(load(build, jars, what));
      }
      measure(what, rounds, builds, classifiers);
    } finally {
      System.exit(0); // the Lucene Monitors' purge threads are not daemons, even after a failure
    }
  }

  private static void measure(String what, int rounds, String[] builds,
                              List<ToIntFunction<String>> classifiers) {
    List<String> prompts = ClassifierBenchmark.prompts2k(ClassifierBenchmark.PROMPTS_2K, 7L);
    long bytes = 0;
    for (String p : prompts) {
      bytes += p.getBytes(StandardCharsets.UTF_8).length;
    }
    for (int pass = 0; pass < Math.max(CpuTimeThroughput.WARM_PASSES,
        CpuTimeThroughput.WARM_CALLS / prompts.size()); pass++) {
      for (String p : prompts) {
        classifiers.forEach(c -> c.applyAsInt(p));
      }
    }
    long[][] each = new long[2][prompts.size() * rounds];
    int k = 0;
    for (int r = 0; r < rounds; r++) {
      for (String p : prompts) {
        for (int n = 0, v = k % 2; n < 2; n++, v = 1 - v) {
          long t0 = CpuTimes.now();
          classifiers.get(v).applyAsInt(p);
          each[v][k] = CpuTimes.now() - t0;
        }
        k++;
      }
    }
    System.out.printf("%s, %d prompts of 2 KB x %d rounds, interleaved per prompt:%n", what,
        prompts.size(), rounds);
    for (int v = 0; v < 2; v++) {
      System.out.println(CpuTimes.summary(v == 0 ? "before" : "after", each[v], bytes, rounds)
          + "  (" + builds[v] + ")");
    }
  }

  /**
   * One build's classifier, in a loader of its own with its own copy of the dependency jars (OpenNLP
   * loads our feature generators by name through its own loader, so it must be able to see this
   * build's classes). {@link Build} itself comes from this build's test classes when the other
   * build lacks it: the build's own directories are searched first, so every class it has is its own.
   */
  @SuppressWarnings("unchecked")
  private static ToIntFunction<String> load(String build, List<URL> jars, String what)
      throws ReflectiveOperationException, MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String dir : build.split(File.pathSeparator)) {
      urls.add(new File(dir).toURI().toURL());
    }
    urls.add(CpuTimeAb.class.getProtectionDomain().getCodeSource().getLocation());
    urls.addAll(jars);
    ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader());
    Object instance = loader.loadClass(Build.class.getName()).getDeclaredConstructor().newInstance();
    return ((Function<String, ToIntFunction<String>>) instance).apply(what);
  }

  /** Builds, inside one build's class loader, the classifier CpuTimeThroughput measures as {@code what}. */
  public static final class Build implements Function<String, ToIntFunction<String>> {
    @Override
    public ToIntFunction<String> apply(String what) {
      EntityCatalog catalog = EntityCatalog.load();
      Path dictionaries = Path.of(System.getProperty("portcullis.dictionaries",
          "../policies/dictionaries"));
      DictionaryDetector shipped = new DictionaryDetector(dictionaries, catalog);
      Classifier c = switch (what) {
        case "ppd" -> Classifier.builder().catalog(catalog)
            .detector(new PatternDetector(Recognizers.defaults(), catalog))
            .detector(new PhoneDetector(catalog)).detector(shipped).build();
        case "pipeline" -> Classifier.builder().catalog(catalog).defaultDetectors()
            .languageIdentifier(new OpenNlpLanguageIdentifier()).detector(shipped).build();
        default -> throw new IllegalArgumentException("ppd or pipeline, not " + what);
      };
      ClassificationContext context = ClassificationContext.defaults();
      return text -> c.classify(text, context).size();
    }
  }
}
