package io.portcullis.core.ingress;

import io.portcullis.core.Explainer;
import io.portcullis.core.Pipelines;
import io.portcullis.core.api.Api;
import io.portcullis.core.api.ApiError;
import io.portcullis.core.config.PortcullisConfig;
import io.portcullis.core.config.ProviderStyle;
import io.portcullis.core.config.TenantConfig;
import io.portcullis.core.config.ServerConfig;
import io.portcullis.core.dictionary.DictionaryReloads;
import io.portcullis.core.ops.ProxyMetrics;
import io.portcullis.core.ops.RequestIds;
import io.portcullis.core.pipeline.ExchangePipeline;
import io.portcullis.core.pipeline.ParseRequest;
import io.portcullis.core.upstream.ModelCatalog;
import io.portcullis.core.upstream.ProviderRegistry;
import io.portcullis.core.upstream.UpstreamForwarder;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.Http2Settings;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One event loop's share of the proxy: an HTTP server on the shared port (Vert.x spreads connections
 * across instances), its own pooled upstream client, and the fixed table of endpoints.
 */
public final class ProxyVerticle extends VerticleBase {
  private final PortcullisConfig config;
  private final ProxyMetrics metrics;
  private final AtomicBoolean ready;
  private final Pipelines.Services services;
  private HttpServer server;

  private final InspectSessions inspections;
  private final Optional<DictionaryReloads> dictionaryReloads;

  public ProxyVerticle(PortcullisConfig config, Pipelines.Services services, AtomicBoolean ready, InspectSessions inspections,
                       Optional<DictionaryReloads> dictionaryReloads) {
    this.config = config;
    this.inspections = inspections;
    this.dictionaryReloads = dictionaryReloads;
    this.metrics = services.metrics();
    this.ready = ready;
    this.services = services;
  }

  @Override
  public Future<?> start() {
    ServerConfig s = config.server();
    HttpClient client = vertx.createHttpClient(
        new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true).setDecompressionSupported(false)
            .setConnectTimeout((int) s.connectTimeoutMs()),
        new PoolOptions().setHttp1MaxSize(s.upstreamPoolSize()).setMaxWaitQueueSize(10_000));
    ProviderRegistry registry = new ProviderRegistry(config.providers());
    ParseRequest parse = new ParseRequest(s.maxJsonDepth());
    ExchangePipeline pipeline = Pipelines.requestPath(parse, registry, services);
    ApiKeyDirectory<TenantConfig> auth = ApiKeyDirectory.tenants(config.tenants());
    UpstreamForwarder forwarder = new UpstreamForwarder(vertx, client, s, parse.mapper(), metrics,
        services.classifier().isPresent(), services.classifier().isPresent() || services.policy().isPresent());
    ModelCatalog models = new ModelCatalog(client, registry, parse.mapper(), Math.min(s.upstreamTimeoutMs(), 10_000));

    Map<String, Handler<HttpServerRequest>> posts = new HashMap<>();
    for (Api api : Api.values()) {
      posts.put(api.path(), new ExchangeHandler(api, s, auth, pipeline, forwarder, services));
    }
    InspectHandler inspect = new InspectHandler(s, auth, pipeline, services, inspections, parse.mapper());
    posts.put(InspectHandler.PATH, inspect);
    posts.put(InspectHandler.ANSWER_PATH, inspect);
    posts.put(ExplainHandler.PATH, new ExplainHandler(config.auditors(), new Explainer(parse, registry, services, config.tenants())));
    dictionaryReloads.ifPresent(r -> posts.put(DictionaryReloadHandler.PATH, new DictionaryReloadHandler(config.auditors(), r)));
    Handler<HttpServerRequest> modelsHandler = new ModelsHandler(auth, models);
    Handler<HttpServerRequest> adminAudit = services.audit()
        .<Handler<HttpServerRequest>>map(t -> new AdminAuditHandler(config.auditors(), t, services.workers()))
        .orElse(null);

    server = vertx.createHttpServer(new HttpServerOptions()
        .setHost(s.host()).setPort(s.port()).setTcpNoDelay(true)
        .setMaxInitialLineLength(8192).setMaxHeaderSize(32 * 1024)
        .setIdleTimeout(300).setIdleTimeoutUnit(TimeUnit.SECONDS)
        // A gateway multiplexes many callers' streams over few HTTP/2 connections; 100 (the default) is low.
        .setInitialSettings(new Http2Settings().setMaxConcurrentStreams(1000)));
    server.requestHandler(req -> {
      String path = req.path();
      if (req.method() == HttpMethod.POST) {
        Handler<HttpServerRequest> h = posts.get(path);
        if (h != null) {
          h.handle(req);
          return;
        }
      } else if (req.method() == HttpMethod.GET) {
        switch (path) {
          case "/healthz" -> { req.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end("{\"status\":\"ok\"}"); return; }
          case "/readyz" -> {
            boolean up = ready.get();
            req.response().setStatusCode(up ? 200 : 503).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(up ? "{\"status\":\"ready\"}" : "{\"status\":\"not ready\"}");
            return;
          }
          case "/metrics" -> {
            // Rendering the registry is CPU work proportional to the number of series; keep it off the loop.
            vertx.executeBlocking(metrics::scrape, false).onComplete(r -> req.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")
                .end(r.succeeded() ? r.result() : ""));
            return;
          }
          case "/v1/models" -> { modelsHandler.handle(req); return; }
          default -> {
            if (adminAudit != null && path.startsWith(AdminAuditHandler.PREFIX)) {
              adminAudit.handle(req);
              return;
            }
          }
        }
      }
      boolean known = posts.containsKey(path) || path.equals("/v1/models");
      ProviderStyle style = path.equals(Api.ANTHROPIC_MESSAGES.path()) ? ProviderStyle.ANTHROPIC : ProviderStyle.OPENAI;
      Responses.error(req.response(), style, known
              ? new ApiError(405, "method_not_allowed", req.method() + " is not allowed on " + path)
              : new ApiError(404, "not_found", "no such endpoint: " + req.method() + " " + path),
          RequestIds.fromHeader(req.getHeader(Responses.REQUEST_ID)));
    });
    return server.listen();
  }

  @Override
  public Future<?> stop() {
    // Stop accepting, let open exchanges (streams included) finish within the grace period.
    return server == null ? Future.succeededFuture()
        : server.shutdown(config.server().shutdownGraceMs(), TimeUnit.MILLISECONDS);
  }

  public int actualPort() {
    return server.actualPort();
  }
}
