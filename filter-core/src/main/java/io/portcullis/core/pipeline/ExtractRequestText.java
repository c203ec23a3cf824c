package io.portcullis.core.pipeline;

import io.portcullis.core.extract.Extractors;
import io.vertx.core.Future;

/** Collects every piece of text the model will read, addressed by JSON pointer, for the stages after it. */
public final class ExtractRequestText implements ExchangeStage {

  @Override
  public String name() {
    return "extract";
  }

  @Override
  public Future<Void> apply(Exchange exchange) {
    exchange.requestSegments(Extractors.forApi(exchange.api()).request(exchange.body()));
    return Future.succeededFuture();
  }
}
