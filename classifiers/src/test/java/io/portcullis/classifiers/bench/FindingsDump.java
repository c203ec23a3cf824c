package io.portcullis.classifiers.bench;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Classifier;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.Finding;
import io.portcullis.classifiers.eval.CorpusGenerator;
import io.portcullis.classifiers.nlp.OpenNlpLanguageIdentifier;
import java.io.BufferedWriter;
import java.io.File;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Every finding of the whole pipeline (with the shipped dictionaries) on a fixed set of texts, one
 * line each, for comparing two builds finding by finding: the 2 KB and 1-4 KB benchmark prompts,
 * two evaluation corpora, and dictionary-dense texts made from every shipped term (as written,
 * inflected, upper case, with a typo, with digits glued on), each with no region hint and with "GB".
 *
 * <pre>java -cp &lt;build&gt;/test-classes:&lt;build&gt;/classes:target/test-classes:&lt;test classpath&gt; \
 *   io.portcullis.classifiers.bench.FindingsDump /tmp/findings-&lt;build&gt;.txt   (then cmp two files)</pre>
 * (target/test-classes after the build's own directories supplies this class to an older build.)
 */
public final class FindingsDump {

  static final Path DICTIONARIES = Path.of("../policies/dictionaries");

  public static void main(String[] args) throws IOException {
    List<String> texts = new ArrayList<>();
    texts.addAll(ClassifierBenchmark.prompts2k(ClassifierBenchmark.PROMPTS_2K, 7L));
    texts.addAll(ClassifierBenchmark.prompts(ClassifierBenchmark.PROMPTS, 7L));
    for (CorpusGenerator.Sample s : new CorpusGenerator(20261123L).generate(150)) {
      texts.add(s.text());
    }
    for (CorpusGenerator.Sample s : new CorpusGenerator(99L).generate(40)) {
      texts.add(s.text());
    }
    texts.addAll(dictionaryTexts(new Random(5)));
    EntityCatalog catalog = EntityCatalog.load();
    Classifier c = Classifier.builder().catalog(catalog).defaultDetectors()
        .languageIdentifier(new OpenNlpLanguageIdentifier()).dictionaries(DICTIONARIES).build();
    int findings = 0;
    int dictionaryFindings = 0;
    try (PrintWriter w = new PrintWriter(new BufferedWriter(new FileWriter(args[0])))) {
      for (int i = 0; i < texts.size(); i++) {
        for (String region : new String[] {null, "GB"}) {
          for (Finding f : c.classify(texts.get(i), new ClassificationContext(null, region, Set.of()))) {
            w.println(i + " " + region + " " + f);
            findings++;
            dictionaryFindings += f.detector().startsWith("dictionary") ? 1 : 0;
          }
        }
      }
    }
    System.out.printf("texts %d, findings %d, of which dictionary %d%n", texts.size(), findings,
        dictionaryFindings);
    System.exit(0); // the Lucene Monitors' purge threads are not daemons
  }

  /** Each shipped term in sentences of both languages, alone, and 3,000 runs of several of them. */
  private static List<String> dictionaryTexts(Random rnd) throws IOException {
    List<String> variants = new ArrayList<>();
    for (String t : shippedTerms()) {
      for (String suffix : new String[] {"", "s", "'s"}) {
        variants.add(t + suffix);
      }
      variants.add(t.toUpperCase(java.util.Locale.ROOT));
      for (String suffix : new String[] {"es", "ing", "ed", "ly"}) {
        variants.add(t + suffix);
      }
      if (t.length() > 3) {
        int k = 1 + rnd.nextInt(t.length() - 2);
        variants.add(t.substring(0, k) + t.charAt(k + 1) + t.charAt(k) + t.substring(k + 2));
        variants.add(t.substring(0, k) + t.substring(k + 1));
        variants.add(t.substring(0, k) + t.charAt(k) + t.substring(k));
        variants.add(t.substring(0, k) + "x" + t.substring(k + 1));
      }
      variants.add("12" + t);
      variants.add(t + "3");
    }
    List<String> texts = new ArrayList<>();
    for (String v : variants) {
      texts.add("Patient reports " + v + " since 2019; call 415-555-0132.");
      texts.add("患者自述" + v + "多年，电话13812345678。");
      texts.add(v);
    }
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 2 + rnd.nextInt(12); k++) {
        sb.append(variants.get(rnd.nextInt(variants.size())));
        sb.append(rnd.nextBoolean() ? " and " : rnd.nextBoolean() ? "，" : ". The ");
      }
      texts.add(sb.toString());
    }
    return texts;
  }

  private static List<String> shippedTerms() throws IOException {
    List<String> terms = new ArrayList<>();
    File[] files = DICTIONARIES.toFile().listFiles((d, n) -> n.endsWith(".terms"));
    java.util.Arrays.sort(files); // listing order is the file system's
    for (File f : files) {
      for (String line : Files.readAllLines(f.toPath())) {
        if (!line.isBlank() && !line.startsWith("#") && !line.matches("^(type|language|match):.*")) {
          terms.add(line.strip());
        }
      }
    }
    return terms;
  }
}
