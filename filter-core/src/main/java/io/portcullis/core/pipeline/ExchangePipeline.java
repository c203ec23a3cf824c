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
    Future<Void> f = Future.succeededFuture();
    for (ExchangeStage stage : stages) {
      f = f.compose(v -> stage.apply(exchange));
    }
    return f;
  }

  public List<String> stageNames() {
    return stages.stream().map(ExchangeStage::name).toList();
  }
}
