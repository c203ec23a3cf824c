package io.portcullis.classifiers.eval;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Classifier;
import io.portcullis.classifiers.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a classifier on a labelled corpus: per type and language, precision/recall/F1 with exact
 * span match (type, start and end must all agree). Predictions of types the corpus does not label
 * are ignored; everything else that does not match gold exactly is a false positive.
 */
public final class Evaluation {

  /** Counts for one (type, language) cell. */
  public static final class Cell {
    int tp;
    int fp;
    int fn;

    public double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int support() {
      return tp + fn;
    }
  }

  /** type -> language -> counts. */
  private final Map<String, Map<String, Cell>> cells = new TreeMap<>();
  private final List<String> errors = new java.util.ArrayList<>();

  public static Evaluation run(Classifier classifier, List<CorpusGenerator.Sample> corpus) {
    return run(classifier, corpus, s -> ClassificationContext.defaults());
  }

  /** As {@link #run(Classifier, List)}, each sample classified with the context {@code context} gives it. */
  public static Evaluation run(Classifier classifier, List<CorpusGenerator.Sample> corpus,
                               java.util.function.Function<CorpusGenerator.Sample, ClassificationContext> context) {
    Evaluation e = new Evaluation();
    Set<String> scored = Set.copyOf(CorpusGenerator.TYPES);
    for (CorpusGenerator.Sample s : corpus) {
      List<Finding> found = classifier.classify(s.text(), context.apply(s));
      Set<CorpusGenerator.Span> gold = new HashSet<>(s.gold());
      for (Finding f : found) {
        if (!scored.contains(f.type())) {
          continue;
        }
        CorpusGenerator.Span span = new CorpusGenerator.Span(f.type(), f.start(), f.end());
        if (gold.remove(span)) {
          e.cell(f.type(), s.language()).tp++;
        } else {
          e.cell(f.type(), s.language()).fp++;
          e.note(s, "FP " + f.type() + " '" + s.text().substring(f.start(), f.end()) + "'");
        }
      }
      for (CorpusGenerator.Span g : gold) {
        e.cell(g.type(), s.language()).fn++;
        e.note(s, "FN " + g.type() + " '" + s.text().substring(g.start(), g.end()) + "'");
      }
    }
    return e;
  }

  private void note(CorpusGenerator.Sample s, String what) {
    if (errors.size() < 2000) {
      errors.add(s.id() + ": " + what + " in: " + s.text().replace('\n', ' '));
    }
  }

  public List<String> errors() {
    return errors;
  }

  public Cell cell(String type, String language) {
    return cells.computeIfAbsent(type, t -> new TreeMap<>()).computeIfAbsent(language, l -> new Cell());
  }

  public Map<String, Map<String, Cell>> cells() {
    return cells;
  }

  /** Markdown table: one row per type, P/R/F1 and support per language. */
  public String markdown(String header) {
    StringBuilder sb = new StringBuilder(header).append("\n\n");
    sb.append("| type | en P | en R | en F1 | en n | zh P | zh R | zh F1 | zh n |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String type : CorpusGenerator.TYPES) {
      sb.append("| ").append(type);
      for (String lang : List.of("en", "zh")) {
        Cell c = cell(type, lang);
        sb.append(String.format(Locale.ROOT, " | %.3f | %.3f | %.3f | %d", c.precision(),
            c.recall(), c.f1(), c.support()));
      }
      sb.append(" |\n");
    }
    return sb.toString();
  }

  public void write(Path file, String header) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, markdown(header));
  }
}
