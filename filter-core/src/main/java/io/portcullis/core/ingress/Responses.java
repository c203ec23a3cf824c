package io.portcullis.core.ingress;

import io.portcullis.core.api.ApiError;
import io.portcullis.core.api.ErrorBodies;
import io.portcullis.core.config.ProviderStyle;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;

/** Writes errors in the caller's API shape, always with the request id in header and body. */
public final class Responses {
  public static final String REQUEST_ID = "x-request-id";

  private Responses() {}

  public static Future<Void> error(HttpServerResponse resp, ProviderStyle style, ApiError error, String requestId) {
    if (resp.ended() || resp.closed()) {
      return Future.succeededFuture();
    }
    if (resp.headWritten()) {
      // A stream already started: the error must be an event in the stream, handled by the relay.
      return resp.end();
    }
    return resp.setStatusCode(error.status())
        .putHeader("content-type", "application/json")
        .putHeader(REQUEST_ID, requestId)
        .end(ErrorBodies.of(style, error, requestId).toString());
  }
}
