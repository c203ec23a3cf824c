package io.portcullis.core.pipeline;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Classifier;
import io.portcullis.classifiers.Finding;
import io.portcullis.core.extract.TextSegment;
import io.portcullis.core.ops.ProxyMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classifies the answer the caller received, once it is complete: streamed deltas are joined per
 * field first (a value split over 1-character deltas is one value), so the completion record and the
 * metrics count what the answer carried. CPU work: callers run it on a worker.
 */
public final class ClassifyAnswer {
  private final Classifier classifier;
  private final ProxyMetrics metrics;

  public ClassifyAnswer(Classifier classifier, ProxyMetrics metrics) {
    this.classifier = classifier;
    this.metrics = metrics;
  }

  public List<SegmentFindings> classify(Exchange ex) {
    Map<String, StringBuilder> fields = new LinkedHashMap<>();
    for (TextSegment s : ex.answerSegments()) {
      fields.computeIfAbsent(s.pointer(), p -> new StringBuilder()).append(s.text());
    }
    ClassificationContext ctx = new ClassificationContext(ex.language(), ex.tenant().region(), Set.of());
    List<SegmentFindings> out = new ArrayList<>();
    fields.forEach((pointer, text) -> {
      List<Finding> found = classifier.classify(text.toString(), ctx);
      if (!found.isEmpty()) {
        out.add(new SegmentFindings(new TextSegment(pointer, text.toString()), found));
        found.forEach(f -> metrics.finding(f.type(), "answer"));
      }
    });
    return out;
  }
}
