package io.portcullis.core.ingress;

import io.portcullis.core.api.Api;
import io.portcullis.core.Pipelines;
import io.portcullis.core.api.ApiError;
import io.portcullis.core.config.ServerConfig;
import io.portcullis.core.config.TenantConfig;
import io.portcullis.core.ops.ExchangeLog;
import io.portcullis.core.ops.ProxyMetrics;
import io.portcullis.core.ops.RequestIds;
import io.portcullis.core.pipeline.Exchange;
import io.portcullis.core.pipeline.ExchangePipeline;
import io.portcullis.core.upstream.UpstreamForwarder;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import java.util.Locale;
import java.util.Optional;

/**
 * Ingress for one API endpoint: authenticate, check the envelope (content type, size), read the body
 * within its limit, run the exchange pipeline, and forward only if every stage passed.
 */
public final class ExchangeHandler implements Handler<HttpServerRequest> {
  private final Api api;
  private final ServerConfig server;
  private final ApiKeyDirectory<TenantConfig> auth;
  private final ExchangePipeline pipeline;
  private final UpstreamForwarder forwarder;
  private final ProxyMetrics metrics;
  private final ExchangeCompletion completion;

  public ExchangeHandler(Api api, ServerConfig server, ApiKeyDirectory<TenantConfig> auth, ExchangePipeline pipeline,
                         UpstreamForwarder forwarder, Pipelines.Services services) {
    this.completion = new ExchangeCompletion(services);
    this.api = api;
    this.server = server;
    this.auth = auth;
    this.pipeline = pipeline;
    this.forwarder = forwarder;
    this.metrics = services.metrics();
  }

  @Override
  public void handle(HttpServerRequest req) {
    long start = System.nanoTime();
    String requestId = RequestIds.fromHeader(req.getHeader(Responses.REQUEST_ID));
    Optional<TenantConfig> tenant = auth.authenticate(req);
    if (tenant.isEmpty()) {
      refuse(req, new ApiError(401, "invalid_api_key",
          "missing or unknown API key: send it as 'Authorization: Bearer <key>' or 'x-api-key: <key>'"), requestId, true)
          .onComplete(s -> record("-", s.result(), start));
      return;
    }
    checkEnvelope(req)
        .compose(v -> BoundedBody.read(req, server.maxBodyBytes()))
        .onFailure(err -> refuse(req, asApiError(err), requestId, true).onComplete(s -> record("-", s.result(), start)))
        .onSuccess(body -> {
          Exchange ex = new Exchange(requestId, api, tenant.get(), body, start);
          ex.conversation(req.getHeader(ConversationHeader.NAME)); // checked with the envelope
          pipeline.run(ex)
              .compose(v -> forwarder.forward(ex, req))
              .recover(err -> refuse(req, asApiError(err), requestId, false))
              .onComplete(s -> {
                ExchangeLog.completed(ex, s.result());
                completion.completed(ex, s.result() == null ? 500 : s.result());
                record(ex.provider() == null ? "-" : ex.provider().id(), s.result(), start);
              });
        });
  }

  private void record(String provider, Integer status, long start) {
    metrics.request(api.label(), provider, status == null ? 500 : status, start);
  }

  private Future<Void> checkEnvelope(HttpServerRequest req) {
    try {
      ConversationHeader.read(req.getHeader(ConversationHeader.NAME));
    } catch (ApiError e) {
      return Future.failedFuture(e);
    }
    String type = req.getHeader(HttpHeaders.CONTENT_TYPE);
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return Future.failedFuture(new ApiError(415, "unsupported_media_type",
          "Content-Type must be application/json, got " + (type == null ? "none" : "'" + type + "'")));
    }
    try {
      if (BoundedBody.declaredLength(req) > server.maxBodyBytes()) {
        return Future.failedFuture(tooLarge());
      }
    } catch (NumberFormatException e) {
      return Future.failedFuture(ApiError.badRequest("invalid_content_length", "Content-Length is not a number"));
    }
    return Future.succeededFuture();
  }

  private ApiError tooLarge() {
    return BoundedBody.tooLarge(server.maxBodyBytes());
  }

  private Future<Integer> refuse(HttpServerRequest req, ApiError error, String requestId, boolean closeIfUnread) {
    // On HTTP/1.x an unread body would stay in the connection: close it. HTTP/2 streams need no such care.
    boolean close = closeIfUnread && !req.isEnded() && req.version() != HttpVersion.HTTP_2;
    if (close) {
      req.response().putHeader(HttpHeaders.CONNECTION, "close");
    }
    return Responses.error(req.response(), api.style(), error, requestId).map(error.status())
        .onComplete(v -> {
          if (close) {
            req.connection().close();
          }
        });
  }

  private static ApiError asApiError(Throwable err) {
    if (err instanceof ApiError e) {
      return e;
    }
    return new ApiError(500, "internal_error", "internal error: " + err.getClass().getSimpleName());
  }
}
