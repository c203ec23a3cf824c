package io.portcullis.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.portcullis.policies.PolicyUnavailableException.Why;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No decision is never an allow: OPA stopped, slow, undefined or talking nonsense fails the future, typed. */
class FailureModesTest {

  private static Vertx vertx;

  @BeforeAll
  static void startVertx() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stopVertx() {
    vertx.close().await();
  }

  static DecisionInput input(String type) {
    return new DecisionInput(DecisionInput.Direction.REQUEST, new DecisionInput.Tenant("t", "CN", Map.of()),
        new DecisionInput.Destination("openai", "US", "gpt-4o", Map.of()),
        List.of(new DecisionInput.FindingSummary(type, 1, 0.9)), "zh", "openai.chat", null, null);
  }

  private static OpaPolicyClient client(String url, long timeoutMs) {
    return new OpaPolicyClient(vertx, new PolicyConfig(url, timeoutMs, PolicyConfig.OnError.FAIL_CLOSED));
  }

  /** The refusal the future fails with; fails the test if a decision came back instead. */
  static PolicyUnavailableException refusal(Future<Decision> future) throws Exception {
    try {
      Decision decision = future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      return fail("expected no decision, got " + decision);
    } catch (ExecutionException e) {
      return assertInstanceOf(PolicyUnavailableException.class, e.getCause());
    }
  }

  @Test
  void opaStoppedIsRefusedAsUnreachable(@TempDir Path state) throws Exception {
    RealOpa opa = RealOpa.start(state);
    // A generous budget: the first decision of a cold JVM on a busy machine may be slow, and a stopped
    // OPA is refused at once (connection refused), not by the timeout.
    try (opa; OpaPolicyClient client = client(opa.url(), 5_000)) {
      Decision before = client.decide(input("PERSON")).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      assertEquals(Action.PSEUDONYMIZE, before.action());
      opa.close();
      PolicyUnavailableException refused = refusal(client.decide(input("EMAIL_ADDRESS")));
      assertEquals(Why.UNREACHABLE, refused.why(), refused.getMessage());
      assertTrue(refused.getMessage().contains(opa.url()), refused.getMessage());
    }
  }

  /** A decision from this server is refused as TIMEOUT, not before the budget and not much after. */
  private static void assertRefusedAtTheBudget(String url, long budgetMs) throws Exception {
    try (OpaPolicyClient client = client(url, budgetMs)) {
      long start = System.nanoTime();
      PolicyUnavailableException refused = refusal(client.decide(input("PERSON")));
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      assertEquals(Why.TIMEOUT, refused.why(), refused.getMessage());
      assertTrue(tookMs >= budgetMs - 10 && tookMs < budgetMs + 1_500, "took " + tookMs + " ms");
    }
  }

  @Test
  void slowOpaIsRefusedWithinTheTimeout() throws Exception {
    // A listener that accepts connections and never answers: a hung OPA.
    try (ServerSocket silent = new ServerSocket(0)) {
      List<Socket> held = new ArrayList<>();
      Thread acceptor = Thread.ofVirtual().start(() -> {
        try {
          while (true) {
            held.add(silent.accept());
          }
        } catch (IOException closed) {
          // test over
        }
      });
      try {
        assertRefusedAtTheBudget("http://127.0.0.1:" + silent.getLocalPort(), 200);
      } finally {
        silent.close();
        acceptor.join(1_000);
        for (Socket s : held) {
          s.close();
        }
      }
    }
  }

  @Test
  void aTricklingAnswerIsCutAtTheBudget() throws Exception {
    // Headers, then one byte of a long body every 50 ms: never idle, never done.
    try (ServerSocket trickle = new ServerSocket(0)) {
      Thread server = Thread.ofVirtual().start(() -> {
        try (Socket socket = trickle.accept()) {
          var out = socket.getOutputStream();
          out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"
              .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
          for (int i = 0; i < 200; i++) {
            out.write(' ');
            out.flush();
            Thread.sleep(50);
          }
        } catch (IOException | InterruptedException e) {
          // the client hung up: test over
        }
      });
      try {
        assertRefusedAtTheBudget("http://127.0.0.1:" + trickle.getLocalPort(), 300);
      } finally {
        trickle.close();
        server.interrupt();
      }
    }
  }

  @Test
  void garbageFromAnHttpServerIsRefused() throws Exception {
    record Case(int status, String body, Why why) {
    }
    List<Case> cases = List.of(
        new Case(200, "<html>not OPA</html>", Why.MALFORMED),
        new Case(200, "[1, 2]", Why.MALFORMED),
        new Case(200, "{\"result\": {\"action\": \"launch\", \"revision\": \"r\"}}", Why.MALFORMED),
        new Case(200, "{\"result\": {\"targets\": [], \"revision\": \"r\"}}", Why.MALFORMED),
        new Case(200, "{\"result\": {\"action\": \"allow\"}}", Why.MALFORMED),
        new Case(200, "{}", Why.UNDEFINED),
        new Case(500, "{\"code\": \"internal_error\"}", Why.HTTP_STATUS),
        new Case(400, "{\"code\": \"invalid_parameter\"}", Why.HTTP_STATUS));
    for (Case c : cases) {
      HttpServer server = vertx.createHttpServer()
          .requestHandler(request -> request.response().setStatusCode(c.status()).end(c.body()))
          .listen(0, "127.0.0.1").await();
      try (OpaPolicyClient client = client("http://127.0.0.1:" + server.actualPort(), 5_000)) {
        PolicyUnavailableException refused = refusal(client.decide(input("PERSON")));
        assertEquals(c.why(), refused.why(), c + " -> " + refused.getMessage());
      } finally {
        server.close().await();
      }
    }
  }

  @Test
  void oneServerErrorIsRetriedOnceAndNoMore() throws Exception {
    String decision = "{\"result\": {\"action\": \"deny\", \"targets\": [\"API_KEY\"], \"revision\": \"r\"}}";
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    // Fails the first call of every pair: one retry recovers, a second failure in a row is reported.
    HttpServer flaky = vertx.createHttpServer()
        .requestHandler(request -> {
          int n = calls.incrementAndGet();
          boolean fail = n == 1 || n >= 3;
          request.response().setStatusCode(fail ? 503 : 200).end(fail ? "busy" : decision);
        })
        .listen(0, "127.0.0.1").await();
    try (OpaPolicyClient client = new OpaPolicyClient(vertx,
        new PolicyConfig("http://127.0.0.1:" + flaky.actualPort(), 5_000, PolicyConfig.OnError.FAIL_CLOSED),
        ClientLimits.defaults().withCacheEntries(0))) {
      Decision recovered = client.decide(input("API_KEY")).toCompletionStage().toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
      assertEquals(Action.DENY, recovered.action());
      assertEquals(2, calls.get());
      PolicyUnavailableException refused = refusal(client.decide(input("API_KEY")));
      assertEquals(Why.HTTP_STATUS, refused.why());
      assertEquals(503, refused.httpStatus());
      assertEquals(4, calls.get(), "one retry, not more");
    } finally {
      flaky.close().await();
    }
  }

  @Test
  void realOpaWithoutTheDecisionIsUndefinedAndWithAWrongShapeIsMalformed(@TempDir Path dir) throws Exception {
    Path policies = copyPolicies(dir.resolve("policies"));
    Path decision = policies.resolve("rego/portcullis/decision.rego");
    Files.delete(decision);
    try (RealOpa opa = RealOpa.start(policies, dir.resolve("state-a"), false);
         OpaPolicyClient client = client(opa.url(), 5_000)) {
      assertEquals(Why.UNDEFINED, refusal(client.decide(input("PERSON"))).why());
    }
    Files.writeString(decision, "package portcullis.decision\n\nresult := \"allow\"\n");
    try (RealOpa opa = RealOpa.start(policies, dir.resolve("state-b"), false);
         OpaPolicyClient client = client(opa.url(), 5_000)) {
      PolicyUnavailableException refused = refusal(client.decide(input("PERSON")));
      assertEquals(Why.MALFORMED, refused.why(), refused.getMessage());
    }
  }

  @Test
  void circuitOpensAfterRepeatedFailuresAndTriesAgainLater() throws Exception {
    int deadPort = RealOpa.freePort();
    try (OpaPolicyClient client = new OpaPolicyClient(vertx,
        new PolicyConfig("http://127.0.0.1:" + deadPort, 5_000, PolicyConfig.OnError.FAIL_CLOSED),
        ClientLimits.defaults().withBreaker(2, 1_500))) {
      assertEquals(Why.UNREACHABLE, refusal(client.decide(input("PERSON"))).why());
      assertEquals(Why.UNREACHABLE, refusal(client.decide(input("PERSON"))).why());
      PolicyUnavailableException open = refusal(client.decide(input("PERSON")));
      assertEquals(Why.CIRCUIT_OPEN, open.why());
      assertEquals(CircuitBreaker.State.OPEN, client.breakerState());
      Thread.sleep(1_600);
      assertEquals(Why.UNREACHABLE, refusal(client.decide(input("PERSON"))).why(), "half-open trial goes out");
    }
  }

  static Path copyPolicies(Path target) throws IOException {
    Path source = RealOpa.policyDir();
    for (String part : List.of("rego", "data")) {
      try (Stream<Path> files = Files.walk(source.resolve(part))) {
        for (Path file : files.toList()) {
          Path to = target.resolve(source.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(to);
          } else {
            Files.copy(file, to);
          }
        }
      }
    }
    return target;
  }
}
