package io.portcullis.core.pipeline;

import io.vertx.core.Future;

/** The last stage: a refusal decided earlier (and now on record) is answered to the caller. */
public final class ApplyRefusal implements ExchangeStage {

  @Override
  public String name() {
    return "refuse";
  }

  @Override
  public Future<Void> apply(Exchange ex) {
    return ex.refusal() == null ? Future.succeededFuture() : Future.failedFuture(ex.refusal());
  }
}
