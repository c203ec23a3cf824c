package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Detector;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.Finding;
import java.util.ArrayList;
import java.util.List;

/** Runs every enabled {@link Recognizer} over one shared {@link ScanText}. */
public final class PatternDetector implements Detector {

  private final List<Recognizer> recognizers;
  /** Each recognizer's name, once: the default {@link Recognizer#name()} builds a new string per call. */
  private final String[] names;
  /** Each recognizer's type, once: a megamorphic interface call per recognizer and text otherwise. */
  private final String[] types;
  private final EntityCatalog catalog;

  public PatternDetector(List<Recognizer> recognizers, EntityCatalog catalog) {
    this.recognizers = List.copyOf(recognizers);
    this.catalog = catalog;
    this.names = this.recognizers.stream().map(Recognizer::name).toArray(String[]::new);
    this.types = this.recognizers.stream().map(Recognizer::entityType).toArray(String[]::new);
    for (Recognizer r : this.recognizers) {
      catalog.type(r.entityType()); // fail at construction, not mid-request
    }
  }

  @Override
  public String name() {
    return "pattern";
  }

  @Override
  public void detect(String text, ClassificationContext context, List<Finding> out) {
    ScanText scan = ScanText.of(text);
    List<Candidate> candidates = new ArrayList<>();
    for (int k = 0; k < names.length; k++) {
      if (!context.enabled(types[k])) {
        continue;
      }
      candidates.clear();
      recognizers.get(k).recognize(scan, context, candidates);
      for (Candidate c : candidates) {
        out.add(catalog.finding(c.type(), c.start(), c.end(), c.score(), names[k], c.validated(),
            c.why()));
      }
    }
  }
}
