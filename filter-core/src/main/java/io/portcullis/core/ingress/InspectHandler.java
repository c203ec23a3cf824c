package io.portcullis.core.ingress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.core.Pipelines;
import io.portcullis.core.api.Api;
import io.portcullis.core.api.ApiError;
import io.portcullis.core.api.ErrorBodies;
import io.portcullis.core.config.ProviderStyle;
import io.portcullis.core.config.ServerConfig;
import io.portcullis.core.config.TenantConfig;
import io.portcullis.core.ops.RequestIds;
import io.portcullis.core.pipeline.DecidePolicy;
import io.portcullis.core.pipeline.Exchange;
import io.portcullis.core.pipeline.ExchangePipeline;
import io.portcullis.core.upstream.AnswerStream;
import io.portcullis.core.upstream.WholeAnswer;
import io.portcullis.policies.Decision;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * For gateways that forward requests themselves: {@code POST /v1/inspect} runs an exchange through
 * the same stages as the proxy (classify, decide, enforce, audit) without forwarding it, and answers
 * with the decision, the rewritten body to send and a handle; {@code POST /v1/inspect/answer} takes
 * the provider's answer for that handle (whole, or streamed events as they come) and gives back what
 * the caller may see: surrogates restored, the response policy applied. The decision record is durable
 * before {@code /v1/inspect} answers; the completion record follows the answer.
 *
 * <pre>
 * POST /v1/inspect         {"api": "chat" | "/v1/chat/completions" | ..., "body": {request}, "conversation": optional id}
 *   200 {"request_id", "forward": true, "handle", "action", "provider", "destination_region", "model",
 *        "stream", "body": {to send}, "headers": {for the caller}, "findings", "decision", "answer_policy"}
 *   200 {"request_id", "forward": false, "status": 451, "error": {the API's error body for the caller}}
 * POST /v1/inspect/answer  {"handle", "body": {whole answer}} | {"handle", "events": "data: ...\n\n", "final": bool}
 *   200 {"request_id", "body": {for the caller}} | {"request_id", "events": "..."}, plus "redacted"
 * </pre>
 */
public final class InspectHandler implements Handler<HttpServerRequest> {
  public static final String PATH = "/v1/inspect";
  public static final String ANSWER_PATH = "/v1/inspect/answer";
  private static final int MAX_EVENT_BYTES = 4 * 1024 * 1024;

  private final ServerConfig server;
  private final ApiKeyDirectory<TenantConfig> auth;
  private final ExchangePipeline pipeline;
  private final Pipelines.Services services;
  private final InspectSessions sessions;
  private final ExchangeCompletion completion;
  private final ObjectMapper strict;

  InspectHandler(ServerConfig server, ApiKeyDirectory<TenantConfig> auth, ExchangePipeline pipeline,
                 Pipelines.Services services, InspectSessions sessions, ObjectMapper strict) {
    this.server = server;
    this.auth = auth;
    this.pipeline = pipeline;
    this.services = services;
    this.sessions = sessions;
    this.completion = new ExchangeCompletion(services);
    this.strict = strict;
  }

  @Override
  public void handle(HttpServerRequest req) {
    String requestId = RequestIds.fromHeader(req.getHeader(Responses.REQUEST_ID));
    Optional<TenantConfig> tenant = auth.authenticate(req);
    if (tenant.isEmpty()) {
      fail(req, new ApiError(401, "invalid_api_key", "a tenant API key is required"), requestId);
      return;
    }
    // The envelope carries the caller's body plus a little: allow for it above the body limit.
    BoundedBody.read(req, server.maxBodyBytes() + 64 * 1024)
        .compose(buf -> {
          ObjectNode envelope = envelope(buf);
          return req.path().equals(ANSWER_PATH) ? answer(envelope, tenant.get(), requestId)
              : inspect(envelope, tenant.get(), requestId);
        })
        .onSuccess(out -> req.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
            .putHeader(Responses.REQUEST_ID, requestId).end(out.put("request_id", requestId).toString()))
        .onFailure(err -> fail(req, err instanceof ApiError e ? e
            : new ApiError(500, "internal_error", "inspection failed: " + err.getClass().getSimpleName()), requestId));
  }

  private Future<ObjectNode> inspect(ObjectNode envelope, TenantConfig tenant, String requestId) {
    Api api = api(envelope.path("api").asText(null));
    JsonNode body = envelope.get("body");
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("invalid_inspect_request", "\"body\" must be the request object as the caller sent it");
    }
    Exchange ex;
    try {
      ex = new Exchange(requestId, api, tenant, Buffer.buffer(strict.writeValueAsBytes(body)), System.nanoTime());
      ex.conversation(ConversationHeader.read(envelope.path("conversation").asText(null)));
    } catch (java.io.IOException e) {
      throw ApiError.badRequest("invalid_inspect_request", "body cannot be serialized: " + e.getMessage());
    }
    return pipeline.run(ex)
        .map(v -> allowed(ex, sessions.open(ex)))
        .recover(err -> {
          if (err instanceof ApiError e && e.status() == 451) {
            completion.completed(ex, 451);
            ObjectNode out = strict.createObjectNode().put("forward", false).put("status", 451);
            out.set("error", ErrorBodies.of(api.style(), e, requestId));
            decision(out, ex);
            return Future.succeededFuture(out);
          }
          return Future.failedFuture(err);
        });
  }

  private ObjectNode allowed(Exchange ex, String handle) {
    ObjectNode out = strict.createObjectNode().put("forward", true).put("handle", handle);
    out.put("action", ex.shadow() || ex.decision() == null ? "allow" : ex.decision().action().name().toLowerCase(Locale.ROOT));
    out.put("provider", ex.provider().id()).put("destination_region", ex.provider().region())
        .put("model", ex.model()).put("stream", ex.stream());
    out.set("body", ex.body());
    ObjectNode headers = out.putObject("headers");
    ex.responseHeaders().forEach(headers::put);
    ArrayNode findings = out.putArray("findings");
    DecidePolicy.summarize(ex.requestFindings()).forEach(f -> findings.addObject().put("type", f.type()).put("count", f.count()));
    decision(out, ex);
    Decision answer = ex.answerDecision();
    ArrayNode redact = out.putObject("answer_policy").putArray("redact");
    if (answer != null && !ex.shadow()) {
      answer.targets().forEach(redact::add);
    }
    return out;
  }

  private void decision(ObjectNode out, Exchange ex) {
    Decision d = ex.decision();
    if (d == null) {
      return;
    }
    ObjectNode dn = out.putObject("decision");
    dn.put("action", d.action().name().toLowerCase(Locale.ROOT)).put("revision", d.revision());
    d.targets().forEach(dn.putArray("targets")::add);
    ArrayNode reasons = dn.putArray("reasons");
    d.reasons().forEach(r -> reasons.addObject().put("code", r.code()).put("message", r.message()).put("regulation", r.regulation()));
  }

  private Future<ObjectNode> answer(ObjectNode envelope, TenantConfig tenant, String requestId) {
    String handle = envelope.path("handle").asText(null);
    InspectSessions.Session s = sessions.find(handle, tenant.id());
    if (s == null) {
      throw new ApiError(404, "unknown_handle", "no inspected exchange with this handle awaits an answer "
          + "(unknown, expired, already answered, or another tenant's)");
    }
    Exchange ex = s.exchange;
    JsonNode body = envelope.get("body");
    JsonNode events = envelope.get("events");
    if ((body == null) == (events == null)) {
      throw ApiError.badRequest("invalid_inspect_answer", "send exactly one of \"body\" (a whole answer) or \"events\" (SSE text)");
    }
    int status = envelope.path("status").asInt(200);
    if (body != null) {
      sessions.close(handle);
      // Restoring and checking classifies the whole answer: off the event loop.
      return services.workers().executeBlocking(() -> {
        synchronized (s) {
          return WholeAnswer.settle(ex, strict, strict.writeValueAsBytes(body));
        }
      }, false).map(bytes -> {
        ex.answerSent(io.vertx.core.buffer.Buffer.buffer(bytes));
        completion.completed(ex, status);
        ObjectNode out = strict.createObjectNode();
        try {
          out.set("body", strict.readTree(bytes));
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
        return out.put("redacted", ex.answerRedactions().get());
      });
    }
    if (!events.isTextual()) {
      throw ApiError.badRequest("invalid_inspect_answer", "\"events\" must be the SSE text received from the provider");
    }
    // Rewriting classifies text: off the event loop. A gateway sends one handle's pieces one after another.
    return services.workers().executeBlocking(() -> {
      synchronized (s) {
        try {
          AnswerStream stream = s.stream(strict, MAX_EVENT_BYTES);
          String sent = stream.feed(Buffer.buffer(events.textValue())).toString();
          // The last piece: what the inspection still held back goes out with it.
          return envelope.path("final").asBoolean(false) ? sent + stream.finish() : sent;
        } catch (IllegalStateException tooBig) {
          throw ApiError.badRequest("event_too_large", "one server-sent event exceeds " + MAX_EVENT_BYTES + " bytes");
        }
      }
    }, false).map(sent -> {
      if (envelope.path("final").asBoolean(false)) {
        sessions.close(handle);
        completion.completed(ex, status);
      }
      return strict.createObjectNode().put("events", sent).put("redacted", ex.answerRedactions().get());
    });
  }

  private ObjectNode envelope(Buffer buf) {
    try {
      JsonNode node = strict.readTree(buf.getBytes());
      if (node instanceof ObjectNode obj) {
        return obj;
      }
    } catch (java.io.IOException e) {
      throw ApiError.badRequest("invalid_json", "inspect request is not valid JSON: " + e.getMessage());
    }
    throw ApiError.badRequest("invalid_json", "inspect request must be a JSON object");
  }

  private static Api api(String name) {
    if (name == null) {
      throw ApiError.badRequest("invalid_inspect_request", "\"api\" is required: one of "
          + Arrays.stream(Api.values()).map(Api::label).toList() + " or their paths");
    }
    for (Api a : Api.values()) {
      if (a.label().equals(name) || a.path().equals(name)) {
        return a;
      }
    }
    throw ApiError.badRequest("invalid_inspect_request", "unknown api '" + name + "': one of "
        + Arrays.stream(Api.values()).map(Api::label).toList() + " or their paths");
  }

  private static void fail(HttpServerRequest req, ApiError e, String requestId) {
    Responses.error(req.response(), ProviderStyle.OPENAI, e, requestId);
  }
}
