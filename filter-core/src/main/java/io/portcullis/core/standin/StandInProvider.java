package io.portcullis.core.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local model provider speaking the real OpenAI and Anthropic wire formats, for the demo
 * ({@code portcullis up}) and the tests, since real providers are out of reach here. It answers by
 * echoing the last user text, streams it as SSE in 1-3 character deltas with every event split across
 * two writes (so relays are exercised on arbitrary chunk boundaries), and records every request body
 * it received so tests can assert what actually left the filter.
 *
 * <p>Failure modes are chosen by the model name's suffix: {@code -error-400}, {@code -error-429},
 * {@code -error-500} (provider error bodies), {@code -slow} (answers after 3 s), {@code -reset}
 * (stream breaks after a few events), {@code -stall} (stream stops sending). {@code -leak} appends
 * personal data the caller never sent ({@link #LEAK}), as a model repeating training or another
 * user's data would, so the response policy can be shown redacting it.
 */
public final class StandInProvider {
  /** What a {@code -leak} model adds to its answer: an e-mail address and a valid CN resident ID. */
  public static final String LEAK = " Also on file: jane.roe@example.org, 身份证 11010519491231002X.";

  private final Vertx vertx;
  private final ObjectMapper mapper = new ObjectMapper();
  private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
  private final AtomicInteger streamsClosedEarly = new AtomicInteger();
  private HttpServer server;

  /** A request as the provider saw it. */
  public record Received(String path, String authorization, String apiKey, JsonNode body) {}

  public StandInProvider(Vertx vertx) {
    this.vertx = vertx;
  }

  public Future<Integer> start(String host, int port) {
    server = vertx.createHttpServer(new HttpServerOptions().setHost(host).setPort(port).setTcpNoDelay(true));
    server.requestHandler(this::handle);
    return server.listen().map(HttpServer::actualPort);
  }

  public Future<Void> stop() {
    return server == null ? Future.succeededFuture() : server.close();
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  /** Streams whose caller side (the proxy) hung up before the stand-in finished sending. */
  public int streamsClosedEarly() {
    return streamsClosedEarly.get();
  }

  public void clear() {
    received.clear();
  }

  private void handle(HttpServerRequest req) {
    if (req.path().equals("/v1/models")) {
      req.response().putHeader("content-type", "application/json").end(models().toString());
      return;
    }
    req.body().onSuccess(buf -> {
      JsonNode body;
      try {
        body = mapper.readTree(buf.getBytes());
      } catch (IOException e) {
        error(req.response(), 400, "invalid_request_error", "stand-in could not parse the body");
        return;
      }
      received.add(new Received(req.path(), req.getHeader("authorization"), req.getHeader("x-api-key"), body));
      String model = body.path("model").asText("");
      Dialect dialect = Dialect.forPath(req.path());
      if (dialect == null) {
        error(req.response(), 404, "not_found_error", "unknown path " + req.path());
        return;
      }
      if (model.contains("-error-")) {
        int status = Integer.parseInt(model.substring(model.lastIndexOf('-') + 1));
        error(req.response(), status, status == 429 ? "rate_limit_error" : "invalid_request_error",
            "stand-in provider refuses: " + model);
        return;
      }
      long delay = model.endsWith("-slow") ? 3_000 : 0;
      String text = "You said: " + dialect.lastUserText(body) + (model.endsWith("-leak") ? LEAK : "");
      Runnable answer = () -> {
        if (body.path("stream").asBoolean(false) && dialect != Dialect.EMBEDDINGS) {
          stream(req.response(), dialect, model, text);
        } else {
          req.response().putHeader("content-type", "application/json")
              .end(dialect.whole(mapper, model, text, body).toString());
        }
      };
      if (delay > 0) {
        vertx.setTimer(delay, t -> answer.run());
      } else {
        answer.run();
      }
    });
  }

  private void stream(HttpServerResponse resp, Dialect dialect, String model, String text) {
    resp.setChunked(true).putHeader("content-type", "text/event-stream").putHeader("cache-control", "no-cache");
    resp.closeHandler(v -> {
      if (!resp.ended()) {
        streamsClosedEarly.incrementAndGet();
      }
    });
    List<String> events = dialect.streamEvents(mapper, model, text);
    boolean reset = model.endsWith("-reset");
    boolean stall = model.endsWith("-stall");
    int cut = reset || stall ? Math.min(4, events.size()) : events.size();
    for (int i = 0; i < cut; i++) {
      String e = events.get(i);
      int half = Math.max(1, e.length() / 2);
      resp.write(Buffer.buffer(e.substring(0, half)));
      resp.write(Buffer.buffer(e.substring(half)));
    }
    if (reset) {
      vertx.setTimer(20, t -> resp.reset());
    } else if (!stall) {
      resp.end();
    }
  }

  private void error(HttpServerResponse resp, int status, String type, String message) {
    ObjectNode err = mapper.createObjectNode();
    ObjectNode inner = err.putObject("error");
    inner.put("message", message);
    inner.put("type", type);
    resp.setStatusCode(status).putHeader("content-type", "application/json").end(err.toString());
  }

  private ObjectNode models() {
    ObjectNode out = mapper.createObjectNode();
    out.put("object", "list");
    for (String id : List.of("demo-gpt", "demo-gpt-mini", "demo-claude", "unrelated-model")) {
      ObjectNode m = out.withArray("data").addObject();
      m.put("id", id);
      m.put("object", "model");
      m.put("created", 1_700_000_000L);
      m.put("owned_by", "stand-in");
    }
    return out;
  }
}
