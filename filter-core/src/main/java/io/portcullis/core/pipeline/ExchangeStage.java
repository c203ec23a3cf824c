package io.portcullis.core.pipeline;

import io.vertx.core.Future;

/**
 * One step of the request path (parse, route, extract, and later classify, decide, audit, enforce).
 * A stage fails the future with an {@link io.portcullis.core.api.ApiError} to stop the exchange; the
 * caller then gets that error in its API's shape and nothing is forwarded.
 */
public interface ExchangeStage {

  String name();

  Future<Void> apply(Exchange exchange);
}
