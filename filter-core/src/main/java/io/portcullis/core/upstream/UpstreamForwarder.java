package io.portcullis.core.upstream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ConnectTimeoutException;
import io.portcullis.core.api.Api;
import io.portcullis.core.api.ApiError;
import io.portcullis.core.config.ProviderConfig;
import io.portcullis.core.config.ProviderStyle;
import io.portcullis.core.config.ServerConfig;
import io.portcullis.core.ingress.Responses;
import io.portcullis.core.ops.ProxyMetrics;
import io.portcullis.core.pipeline.Exchange;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import java.net.ConnectException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Sends an allowed exchange to its provider and relays the answer: streams event by event as bytes
 * arrive (never buffered whole), whole answers after reading them (bounded). The caller's key never
 * goes upstream; the provider's key is added. Client disconnect cancels the upstream call.
 */
public final class UpstreamForwarder {
  /** A whole (non-streamed) answer larger than this is an upstream fault, not something to buffer. */
  private static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;
  private static final int MAX_EVENT_BYTES = 4 * 1024 * 1024;
  private static final String DEFAULT_ANTHROPIC_VERSION = "2023-06-01";

  private final Vertx vertx;
  private final HttpClient client;
  private final ServerConfig server;
  private final ObjectMapper mapper;
  private final ProxyMetrics metrics;
  /** Whether answers' texts are classified; without a classifier a reported usage is all an answer is read for. */
  private final boolean answerTextsNeeded;
  /**
   * Whether some stage reads or may rewrite the request's texts (a classifier or a policy is
   * configured). Then what goes upstream is exactly the tree the stages inspected, never the raw
   * bytes: no parser differential can carry text past the filter. Otherwise nothing looks at the
   * texts, the body was only parsed (strictly) to route it, and the caller's bytes go as they came:
   * re-serialising them was one of pass-through's larger costs in a profile.
   */
  private final boolean sendInspectedTree;
  /**
   * Parsed upstream addresses by provider id, then API; one forwarder per event loop, so plain maps.
   * Two lookups rather than a concatenated key: no string built per request.
   */
  private final Map<String, Map<Api, UpstreamUris.Target>> targets = new HashMap<>();

  public UpstreamForwarder(Vertx vertx, HttpClient client, ServerConfig server, ObjectMapper mapper, ProxyMetrics metrics,
                           boolean answerTextsNeeded, boolean sendInspectedTree) {
    this.answerTextsNeeded = answerTextsNeeded;
    this.sendInspectedTree = sendInspectedTree;
    this.vertx = vertx;
    this.client = client;
    this.server = server;
    this.mapper = mapper;
    this.metrics = metrics;
  }

  /**
   * Status recorded when the caller hung up before its answer ended (nginx's convention): nothing is
   * sent to it, and the provider call is not made or is reset. Not an upstream error.
   */
  public static final int CLIENT_CLOSED = 499;

  /** Completes with the HTTP status given to the caller once the response has ended (or failed). */
  public Future<Integer> forward(Exchange ex, HttpServerRequest in) {
    ProviderConfig provider = ex.provider();
    if (in.response().closed()) {
      // The caller left while the exchange was classified, decided and recorded: nobody would read
      // the answer, so the provider is not asked (and no tokens are spent).
      return Future.succeededFuture(CLIENT_CLOSED);
    }
    Buffer body;
    try {
      body = sendInspectedTree ? Buffer.buffer(mapper.writeValueAsBytes(ex.body())) : ex.rawBody();
    } catch (JsonProcessingException e) {
      return fail(ex, in, new ApiError(500, "serialization_failed", "could not serialize the request"));
    }
    metrics.bytes("request", provider.id(), body.length());
    UpstreamUris.Target target = targets.computeIfAbsent(provider.id(), k -> new EnumMap<>(Api.class))
        .computeIfAbsent(ex.api(), api -> UpstreamUris.Target.of(provider.baseUrl(), api.path()));
    RequestOptions opts = new RequestOptions()
        .setMethod(HttpMethod.POST)
        .setHost(target.host()).setPort(target.port()).setSsl(target.ssl()).setURI(target.uri())
        .setConnectTimeout(server.connectTimeoutMs())
        .setIdleTimeout(server.upstreamTimeoutMs())
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.ACCEPT, ex.stream() ? "text/event-stream" : "application/json")
        .putHeader(HttpHeaders.USER_AGENT, "portcullis/0.1")
        .putHeader(Responses.REQUEST_ID, ex.requestId());
    if (provider.style() == ProviderStyle.ANTHROPIC) {
      provider.apiKey().ifPresent(k -> opts.putHeader("x-api-key", k));
      String version = in.getHeader("anthropic-version");
      opts.putHeader("anthropic-version", version != null ? version : DEFAULT_ANTHROPIC_VERSION);
      String beta = in.getHeader("anthropic-beta");
      if (beta != null) {
        opts.putHeader("anthropic-beta", beta);
      }
    } else {
      provider.apiKey().ifPresent(k -> opts.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + k));
    }

    Promise<Integer> done = Promise.promise();
    java.util.concurrent.atomic.AtomicBoolean upstreamEnded = new java.util.concurrent.atomic.AtomicBoolean();
    HttpServerResponse out = in.response();
    client.request(opts)
        .compose(req -> {
          if (out.closed()) {
            // gone while a pooled connection was found: no request is sent (a reset before sending
            // leaves the connection to the pool's judgement)
            req.reset();
            return Future.failedFuture(new CallerGone());
          }
          // The caller went away: stop paying for tokens nobody will read. Only while the provider is
          // still answering: once its response has ended the connection may already serve another exchange.
          out.closeHandler(v -> {
            if (!upstreamEnded.get()) {
              req.reset();
            }
          });
          return req.send(body);
        })
        .onSuccess(resp -> {
          resp.end().onComplete(v -> upstreamEnded.set(true));
          relay(ex, resp, out, done);
        })
        .onFailure(err -> {
          if (err instanceof CallerGone || out.closed()) {
            done.tryComplete(CLIENT_CLOSED);
            return;
          }
          fail(ex, in, upstreamError(provider, err)).onComplete(s -> done.tryComplete(s.result()));
        });
    return done.future();
  }

  /** The caller hung up before the provider was asked; not a provider failure. */
  private static final class CallerGone extends RuntimeException {
    CallerGone() {
      super("the caller closed the connection", null, false, false);
    }
  }

  private void relay(Exchange ex, HttpClientResponse resp, HttpServerResponse out, Promise<Integer> done) {
    out.setStatusCode(resp.statusCode());
    copyHeaders(resp, out);
    out.putHeader(Responses.REQUEST_ID, ex.requestId());
    out.putHeader("x-portcullis-provider", ex.provider().id());
    ex.responseHeaders().forEach(out::putHeader);
    if (server.debugHeaders()) {
      // Types and counts only, never values; off by default because even types can be sensitive.
      out.putHeader("x-portcullis-findings", DebugHeaders.findings(ex));
      out.putHeader("x-portcullis-decision", DebugHeaders.decision(ex));
    }
    String type = resp.getHeader(HttpHeaders.CONTENT_TYPE);
    boolean sse = type != null && type.toLowerCase(Locale.ROOT).startsWith("text/event-stream");
    if (sse && resp.statusCode() / 100 == 2) {
      relayStream(ex, resp, out, done);
    } else {
      relayWhole(ex, resp, out, done);
    }
  }

  private void relayStream(Exchange ex, HttpClientResponse resp, HttpServerResponse out, Promise<Integer> done) {
    AnswerStream answer = new AnswerStream(ex, mapper, MAX_EVENT_BYTES);
    out.setChunked(true);
    out.putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
    long[] bytes = {0};
    OffLoopFeed offLoop = answer.rewrites() ? new OffLoopFeed(vertx, answer, resp, out, () -> resp.request().reset()) : null;
    // What was already received, and what the inspection still held back of it, is written before
    // the stream ends, well-formed either way.
    java.util.function.Supplier<Future<Void>> written = offLoop == null ? Future::succeededFuture : offLoop::finish;
    boolean[] timedOut = {false};
    IdleWatch idle = new IdleWatch(vertx, server.upstreamTimeoutMs(), () -> {
      metrics.upstreamError(ex.provider().id(), "timeout");
      timedOut[0] = true; // the reset below is ours: the exception handler leaves the ending to this path
      resp.request().reset();
      written.get().onComplete(r -> {
        if (!out.ended() && !out.closed()) {
          out.end(StreamErrors.event(ex.api(), 504, "upstream_timeout", "the provider sent nothing for "
              + server.upstreamTimeoutMs() + " ms in the middle of the stream", ex.requestId()));
        }
        done.tryComplete(504);
      });
    });
    resp.handler(chunk -> {
      idle.touch();
      bytes[0] += chunk.length();
      if (offLoop != null) {
        offLoop.feed(chunk);
        return;
      }
      Buffer toCaller;
      try {
        toCaller = answer.feed(chunk);
      } catch (IllegalStateException tooBig) {
        resp.request().reset();
        return;
      }
      if (toCaller.length() > 0 && !out.ended() && !out.closed()) {
        out.write(toCaller);
      }
      if (out.writeQueueFull()) {
        resp.pause();
        out.drainHandler(v -> resp.resume());
      }
    });
    resp.exceptionHandler(err -> {
      idle.cancel();
      if (done.future().isComplete() || timedOut[0]) {
        return;
      }
      if (out.closed()) {
        // the reset was ours: the caller hung up mid-stream (see the close handler in forward)
        metrics.bytes("response", ex.provider().id(), bytes[0]);
        done.tryComplete(CLIENT_CLOSED);
        return;
      }
      metrics.upstreamError(ex.provider().id(), "mid_stream");
      written.get().onComplete(r -> {
        if (!out.ended() && !out.closed()) {
          out.end(StreamErrors.event(ex.api(), 502, "upstream_stream_failed",
              "the provider's stream failed after it started: " + describe(err), ex.requestId()));
        }
        metrics.bytes("response", ex.provider().id(), bytes[0]);
        done.tryComplete(502);
      });
    });
    resp.endHandler(v -> {
      idle.cancel();
      metrics.bytes("response", ex.provider().id(), bytes[0]);
      written.get().onComplete(r -> {
        if (!out.ended() && !out.closed()) {
          if (r.failed()) {
            out.end(StreamErrors.event(ex.api(), 502, "answer_rewrite_failed",
                "the provider's answer could not be checked: " + describe(r.cause()), ex.requestId()));
            done.tryComplete(502);
            return;
          }
          out.end();
        }
        done.tryComplete(resp.statusCode());
      });
    });
  }

  private void relayWhole(Exchange ex, HttpClientResponse resp, HttpServerResponse out, Promise<Integer> done) {
    Buffer answer = Buffer.buffer();
    resp.handler(chunk -> {
      if (answer.length() + chunk.length() > MAX_ANSWER_BYTES) {
        resp.request().reset();
        return;
      }
      answer.appendBuffer(chunk);
    });
    resp.exceptionHandler(err -> {
      metrics.upstreamError(ex.provider().id(), "response");
      ApiError e = upstreamError(ex.provider(), err);
      Responses.error(out, ex.api().style(), e, ex.requestId());
      done.tryComplete(e.status());
    });
    resp.endHandler(v -> {
      metrics.bytes("response", ex.provider().id(), answer.length());
      // A rewrite classifies the whole answer: CPU work of up to milliseconds, so off the event loop.
      boolean ok = resp.statusCode() / 100 == 2;
      Future<Buffer> sent = !ok ? Future.succeededFuture(answer)
          : ex.answerRewrite() == null ? Future.succeededFuture(observe(ex, answer))
          : vertx.executeBlocking(() -> Buffer.buffer(WholeAnswer.settle(ex, mapper, answer.getBytes())), false);
      sent.onComplete(r -> {
        if (!out.closed()) {
          if (r.failed()) {
            // Never relay an answer the policy said to rewrite but that could not be checked.
            ApiError e = new ApiError(502, "answer_rewrite_failed", "the provider's answer could not be checked: "
                + describe(r.cause()));
            Responses.error(out, ex.api().style(), e, ex.requestId());
            done.tryComplete(e.status());
            return;
          }
          ex.answerSent(r.result());
          out.end(r.result());
        }
        done.tryComplete(resp.statusCode());
      });
    });
  }

  /** Notes texts and usage of an answer that needs no rewrite (cheap: a parse, on the loop); sends it as it came. */
  private Buffer observe(Exchange ex, Buffer answer) {
    byte[] bytes = answer.getBytes();
    if (!answerTextsNeeded && UsageReader.readWhole(mapper, bytes, ex)) {
      return answer; // the provider's count is what is metered: its texts would only be counted without one
    }
    try {
      WholeAnswer.settle(ex, mapper, bytes);
    } catch (java.io.IOException cannotHappenWithoutRewrite) {
      // without a rewrite, settle returns unparseable bodies instead of throwing
    }
    return answer;
  }

  private static void copyHeaders(HttpClientResponse resp, HttpServerResponse out) {
    resp.headers().forEach((name, value) -> {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.equals("content-type") || n.equals("retry-after") || n.startsWith("x-ratelimit-")
          || n.startsWith("openai-") || n.startsWith("anthropic-") || n.equals("request-id")) {
        out.headers().add(name, value);
      }
    });
  }

  private Future<Integer> fail(Exchange ex, HttpServerRequest in, ApiError error) {
    return Responses.error(in.response(), ex.api().style(), error, ex.requestId()).map(error.status());
  }

  private ApiError upstreamError(ProviderConfig provider, Throwable err) {
    if (err instanceof ApiError api) {
      return api;
    }
    String message = String.valueOf(err.getMessage());
    if (message.contains("getting a connection")) {
      // Every pooled connection to this provider is busy and the wait ran out: we are the bottleneck.
      metrics.upstreamError(provider.id(), "pool");
      return new ApiError(503, "upstream_busy", "all " + server.upstreamPoolSize() + " connections to provider '"
          + provider.id() + "' stayed busy for " + server.connectTimeoutMs() + " ms; retry later");
    }
    boolean timeout = err instanceof TimeoutException
        || err.getClass().getSimpleName().contains("Timeout") && !(err instanceof ConnectTimeoutException);
    if (timeout) {
      metrics.upstreamError(provider.id(), "timeout");
      return new ApiError(504, "upstream_timeout", "provider '" + provider.id() + "' did not answer within "
          + server.upstreamTimeoutMs() + " ms");
    }
    metrics.upstreamError(provider.id(), err instanceof ConnectException || err instanceof ConnectTimeoutException ? "connect" : "io");
    return new ApiError(502, "upstream_unreachable", "provider '" + provider.id() + "' could not be reached: " + describe(err));
  }

  private static String describe(Throwable err) {
    String m = err.getMessage();
    return err.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
