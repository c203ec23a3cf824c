package io.portcullis.core.pipeline;

import io.vertx.core.Future;
import java.util.List;

/** Runs stages in order; the first failure stops the exchange. */
public final class ExchangePipeline {
  private final List<ExchangeStage> stages;

  public ExchangePipeline(List<ExchangeStage> stages) {
    this.stages = List.copyOf(stages);
  }

  public Future<Void> run(Exchange exchange) {
    return runFrom(0, exchange);
  }

  /**
   * Most stages finish at once (parse, route, extract, refusal); only classification, the policy
   * call and the audit append wait. Stages that finished are followed directly rather than through a
   * composed future each, which cost a listener, a promise and a dispatch per stage on every exchange.
   */
  private Future<Void> runFrom(int first, Exchange exchange) {
    for (int i = first; i < stages.size(); i++) {
      Future<Void> f;
      try {
        f = stages.get(i).apply(exchange);
      } catch (RuntimeException e) {
        return Future.failedFuture(e); // as a composed future would have: the exchange fails, the loop goes on
      }
      if (!f.isComplete()) {
        int next = i + 1;
        return next == stages.size() ? f : f.compose(v -> runFrom(next, exchange));
      }
      if (f.failed()) {
        return f;
      }
    }
    return Future.succeededFuture();
  }

  public List<String> stageNames() {
    return stages.stream().map(ExchangeStage::name).toList();
  }
}
