package io.portcullis.core.pipeline;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Classifier;
import io.portcullis.classifiers.Finding;
import io.portcullis.core.extract.TextSegment;
import io.portcullis.core.ops.ProxyMetrics;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds personal, sensitive and secret data in every request segment, on the bounded worker pool:
 * with name finding and dictionaries a call costs milliseconds, and 200 of them on an event loop
 * stalled every other exchange on it (OPA answers included) past their timeouts. Only requests
 * without any text skip the hop.
 */
public final class ClassifyRequest implements ExchangeStage {

  private final Classifier classifier;
  private final WorkerExecutor workers;
  private final ProxyMetrics metrics;

  public ClassifyRequest(Classifier classifier, WorkerExecutor workers, ProxyMetrics metrics) {
    this.classifier = classifier;
    this.workers = workers;
    this.metrics = metrics;
  }

  @Override
  public String name() {
    return "classify";
  }

  @Override
  public Future<Void> apply(Exchange exchange) {
    if (exchange.requestSegments().isEmpty()) {
      return Future.succeededFuture();
    }
    return workers.executeBlocking(() -> {
      classify(exchange);
      return null;
    }, false);
  }

  private void classify(Exchange exchange) {
    List<TextSegment> segments = exchange.requestSegments();
    String language = classifier.identifyLanguage(longest(segments));
    ClassificationContext ctx = new ClassificationContext(language, exchange.tenant().region(), Set.of());
    List<SegmentFindings> out = new ArrayList<>();
    for (TextSegment s : segments) {
      List<Finding> found = classifier.classify(s.text(), ctx);
      if (!found.isEmpty()) {
        out.add(new SegmentFindings(s, found));
        found.forEach(f -> metrics.finding(f.type(), "request"));
      }
    }
    exchange.language(language);
    exchange.requestFindings(out);
  }

  private static String longest(List<TextSegment> segments) {
    String best = "";
    for (TextSegment s : segments) {
      if (s.text().length() > best.length()) {
        best = s.text();
      }
    }
    return best;
  }
}
