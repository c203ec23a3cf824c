package io.portcullis.core.pipeline;

import io.vertx.core.Future;
import java.util.List;

/** Runs stages in order; the first failure stops the exchange. */
public final class ExchangePipeline {

  /**
   * Told how long each stage took, waits included (a classification queued for a worker, an OPA call):
   * what an operator needs to see which stage a slow exchange spent its time in.
   */
  @FunctionalInterface
  public interface StageClock {
    StageClock NONE = (stage, nanos) -> { };

    void took(String stage, long nanos);
  }

  private final List<ExchangeStage> stages;
  private final StageClock clock;

  public ExchangePipeline(List<ExchangeStage> stages) {
    this(stages, StageClock.NONE);
  }

  public ExchangePipeline(List<ExchangeStage> stages, StageClock clock) {
    this.stages = List.copyOf(stages);
    this.clock = clock;
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
      ExchangeStage stage = stages.get(i);
      long start = System.nanoTime();
      Future<Void> f;
      try {
        f = stage.apply(exchange);
      } catch (RuntimeException e) {
        return Future.failedFuture(e); // as a composed future would have: the exchange fails, the loop goes on
      }
      if (!f.isComplete()) {
        int next = i + 1;
        Future<Void> timed = f.andThen(r -> clock.took(stage.name(), System.nanoTime() - start));
        return next == stages.size() ? timed : timed.compose(v -> runFrom(next, exchange));
      }
      clock.took(stage.name(), System.nanoTime() - start);
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
