package io.portcullis.classifiers.nlp.training;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Classifier;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.Finding;
import io.portcullis.classifiers.nlp.NameDetector;
import io.portcullis.classifiers.nlp.training.CorpusGenerator.Labelled;
import io.portcullis.classifiers.nlp.training.CorpusGenerator.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.eval.FMeasure;

/**
 * Scores the whole {@link NameDetector} (sentence split, candidate windows, probability floor) on the
 * held-out corpus by character spans, with and without candidate windows, so the README can show
 * what windowing costs in F1 and wins in time; and then the shipped {@link Classifier} itself (its
 * score floor and overlap resolution applied, language identified per text), which is what the
 * accuracy targets are about.
 *
 * <pre>mvn -B -ntp -pl classifiers test-compile exec:java \
 *   -Dexec.mainClass=io.portcullis.classifiers.nlp.training.NameDetectorEvaluation \
 *   -Dexec.classpathScope=test</pre>
 */
public final class NameDetectorEvaluation {

  private static final List<String> TYPES = List.of("PERSON", "LOCATION", "ORGANIZATION");

  public static void main(String[] args) throws java.io.IOException {
    StringBuilder report = new StringBuilder("NameDetector on the held-out corpus, character spans "
        + "(NameDetectorEvaluation)\n");
    // -Dmodels=DIR scores candidate models (e.g. a trainer run with -Dout=DIR) before shipping them.
    String dir = System.getProperty("models");
    TokenNameFinderModel en = dir == null
        ? NameDetector.loadModel("/io/portcullis/classifiers/nlp/en-names.bin")
        : new TokenNameFinderModel(java.nio.file.Path.of(dir, "en-names.bin"));
    TokenNameFinderModel zh = dir == null
        ? NameDetector.loadModel("/io/portcullis/classifiers/nlp/zh-names.bin")
        : new TokenNameFinderModel(java.nio.file.Path.of(dir, "zh-names.bin"));
    EntityCatalog catalog = EntityCatalog.load();
    record Mode(String name, boolean windowed, boolean filter) {}
    for (Mode mode : List.of(new Mode("every sentence", false, false),
        new Mode("candidate windows", true, false),
        new Mode("windows+name filter", true, true))) {
      NameDetector detector = new NameDetector(en, zh, catalog, mode.windowed(), mode.filter());
      for (Language language : Language.values()) {
        report.append(score(text -> {
          List<Finding> out = new ArrayList<>();
          detector.detect(text, ClassificationContext.defaults(), out);
          return out;
        }, heldOut(language), language, mode.name()));
      }
    }
    if (dir == null) {
      Classifier shipped = Classifier.withDefaults();
      for (Language language : Language.values()) {
        report.append(score(text -> shipped.classify(text,
                new ClassificationContext(shipped.identifyLanguage(text), null, java.util.Set.copyOf(TYPES))),
            heldOut(language), language, "shipped Classifier"));
      }
    }
    System.out.print(report);
    java.nio.file.Files.writeString(
        java.nio.file.Path.of(System.getProperty("report", "training/detector-results.txt")), report);
  }

  private static List<Labelled> heldOut(Language language) {
    return new CorpusGenerator(NameModelTrainer.HELD_OUT_SEED + language.ordinal(), true)
        .generateText(language, NameModelTrainer.HELD_OUT_SIZE);
  }

  static String score(java.util.function.Function<String, List<Finding>> detect, List<Labelled> heldOut,
                      Language language, String mode) {
    List<List<Finding>> predictions = new ArrayList<>();
    long chars = 0; // UTF-8 bytes
    for (Labelled s : heldOut) { // warm-up
      detect.apply(s.text());
    }
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = mx.getCurrentThreadCpuTime();
    for (Labelled s : heldOut) {
      predictions.add(detect.apply(s.text()));
      chars += s.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
    long ns = mx.getCurrentThreadCpuTime() - t0;
    StringBuilder sb = new StringBuilder();
    for (String type : TYPES) {
      FMeasure f = new FMeasure();
      for (int i = 0; i < heldOut.size(); i++) {
        List<Span> gold = new ArrayList<>();
        for (Span g : heldOut.get(i).spans()) {
          if (g.getType().toUpperCase(Locale.ROOT).equals(type)) {
            gold.add(new Span(g.getStart(), g.getEnd(), type));
          }
        }
        List<Span> pred = new ArrayList<>();
        for (Finding p : predictions.get(i)) {
          if (p.type().equals(type)) {
            pred.add(new Span(p.start(), p.end(), type));
          }
        }
        f.updateScores(gold.toArray(), pred.toArray());
      }
      sb.append(String.format(Locale.ROOT, "detector %s | %-21s | %-12s P %.3f R %.3f F1 %.3f%n",
          language.name().toLowerCase(Locale.ROOT), mode, type, f.getPrecisionScore(),
          f.getRecallScore(), f.getFMeasure()));
    }
    sb.append(String.format(Locale.ROOT, "detector %s | %-21s | speed        %.2f MB/s CPU (%d UTF-8 bytes, %.1f µs CPU/sentence, load average %.1f)%n",
        language.name().toLowerCase(Locale.ROOT), mode, chars * 1000.0 / ns,
        chars, ns / 1000.0 / heldOut.size(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    return sb.toString();
  }
}
