package io.portcullis.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule family decided by the real OPA with the repository's policies, data and entity catalog,
 * through the Java client. The cases are the compliance officers' examples in policies/examples
 * (also usable with `deploy/portcullis policy eval`), with their expected decisions beside them.
 */
class RuleFamiliesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  static Path state;
  private static RealOpa opa;
  private static Vertx vertx;

  @BeforeAll
  static void startOpa() throws Exception {
    opa = RealOpa.start(state);
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stopOpa() throws Exception {
    vertx.close().await();
    opa.close();
  }

  record Example(String file, DecisionInput input, String action, List<String> targets, String firstReason) {
  }

  static List<Example> examples() throws Exception {
    Path dir = RealOpa.policyDir().resolve("examples");
    JsonNode expected = JSON.readTree(dir.resolve("expected-decisions.json").toFile());
    List<Example> examples = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : expected.properties()) {
      JsonNode want = e.getValue();
      List<String> targets = new ArrayList<>();
      want.get("targets").forEach(t -> targets.add(t.asText()));
      examples.add(new Example(e.getKey(), DecisionJson.input(Files.readAllBytes(dir.resolve(e.getKey()))),
          want.get("action").asText(), targets,
          want.get("first_reason").isNull() ? null : want.get("first_reason").asText()));
    }
    return examples;
  }

  private static Decision await(Future<Decision> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @TestFactory
  Stream<DynamicTest> eachExampleDecidesAsDocumented() throws Exception {
    OpaPolicyClient client = new OpaPolicyClient(vertx,
        new PolicyConfig(opa.url(), 5_000, PolicyConfig.OnError.FAIL_CLOSED));
    return examples().stream().map(example -> DynamicTest.dynamicTest(example.file(), () -> {
      Decision decision = await(client.decide(example.input()));
      assertEquals(example.action(), decision.action().wire(), example.file() + " -> " + decision);
      assertEquals(example.targets(), decision.targets(), example.file());
      if (example.firstReason() == null) {
        assertTrue(decision.reasons().isEmpty(), decision.reasons().toString());
      } else {
        assertEquals(example.firstReason(), decision.reasons().getFirst().code());
        assertTrue(!decision.reasons().getFirst().regulation().isBlank());
      }
      assertTrue(decision.revision().startsWith("sha256:"), decision.revision());
    }));
  }

  @Test
  void whatTheJavaClientSendsAndReadsFitsTheSchemas() throws Exception {
    // OPA itself checks the contract (json.match_schema through its ad-hoc query API): the inputs the
    // client writes against decision-input.schema.json, the decisions it reads back against the output.
    Path schemas = RealOpa.policyDir().resolve("schema");
    JsonNode inputSchema = JSON.readTree(schemas.resolve("decision-input.schema.json").toFile());
    JsonNode outputSchema = JSON.readTree(schemas.resolve("decision-output.schema.json").toFile());
    HttpClient http = HttpClient.newHttpClient();
    try (OpaPolicyClient client = new OpaPolicyClient(vertx,
        new PolicyConfig(opa.url(), 5_000, PolicyConfig.OnError.FAIL_CLOSED))) {
      for (Example example : examples()) {
        JsonNode sent = JSON.readTree(DecisionJson.dataApiRequest(example.input())).get("input");
        JsonNode read = JSON.readTree(DecisionJson.pretty(await(client.decide(example.input()))));
        var query = JSON.createObjectNode()
            .put("query", "x := [json.match_schema(input.sent, input.in), json.match_schema(input.read, input.out)]");
        query.putObject("input").setAll(Map.of("sent", sent, "read", read, "in", inputSchema, "out", outputSchema));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(opa.url() + "/v1/query"))
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(query))).build(),
            HttpResponse.BodyHandlers.ofString());
        JsonNode verdicts = JSON.readTree(response.body()).at("/result/0/x");
        assertEquals(JSON.readTree("[[true, []], [true, []]]"), verdicts, example.file() + ": " + response.body());
      }
    }
  }

  @Test
  void cnResidentIdToUsIsNotForwardedInClearAndSaysWhy() throws Exception {
    try (OpaPolicyClient client = new OpaPolicyClient(vertx,
        new PolicyConfig(opa.url(), 5_000, PolicyConfig.OnError.FAIL_CLOSED))) {
      DecisionInput input = new DecisionInput(DecisionInput.Direction.REQUEST,
          new DecisionInput.Tenant("acme-cn", "CN", Map.of()),
          new DecisionInput.Destination("openai", "US", "gpt-4o", Map.of("dpf_certified", true)),
          List.of(new DecisionInput.FindingSummary("CN_RESIDENT_ID", 1, 0.99)), "zh", "openai.chat", null, null);
      Decision decision = await(client.decide(input));
      assertEquals(Action.PSEUDONYMIZE, decision.action());
      assertEquals(List.of("CN_RESIDENT_ID"), decision.targets());
      assertEquals("PIPL Arts. 28, 38-39", decision.reasons().getFirst().regulation());
    }
  }

  @Test
  void manyConcurrentDecisionsAllGoToOpaAndMatchTheirExamples() throws Exception {
    // No cache: 400 decisions from 4 threads, fired without waiting, all answered by OPA.
    try (OpaPolicyClient client = new OpaPolicyClient(vertx,
        new PolicyConfig(opa.url(), 10_000, PolicyConfig.OnError.FAIL_CLOSED),
        ClientLimits.defaults().withCacheEntries(0))) {
      assertEquals(Map.of(), wrongDecisions(client, false));
      assertEquals(0.0, client.cacheHitRatio());
    }
  }

  @Test
  void concurrentDecisionsShareTheCache() throws Exception {
    // Each thread waits for its answer before the next question: after at most one miss per thread
    // and input, every answer comes from the cache.
    int inputs = examples().size();
    try (OpaPolicyClient client = new OpaPolicyClient(vertx,
        new PolicyConfig(opa.url(), 10_000, PolicyConfig.OnError.FAIL_CLOSED),
        ClientLimits.defaults().withCacheEntries(64))) {
      assertEquals(Map.of(), wrongDecisions(client, true));
      assertTrue(client.cacheHitRatio() >= (400.0 - inputs * 4) / 400, "hit ratio " + client.cacheHitRatio());
      assertEquals(inputs, client.cachedDecisions());
    }
  }

  /** 4 threads x 100 decisions over the examples; returns how many came back wrong, per example. */
  private static Map<String, Integer> wrongDecisions(OpaPolicyClient client, boolean waitEach) throws Exception {
    List<Example> examples = examples();
    List<Future<Decision>> pending = new ArrayList<>();
    List<Example> asked = new ArrayList<>();
    List<Throwable> errors = new ArrayList<>();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      int offset = t;
      threads[t] = Thread.ofPlatform().start(() -> {
        try {
          for (int i = 0; i < 100; i++) {
            Example example = examples.get((i * 7 + offset) % examples.size());
            Future<Decision> future = client.decide(example.input());
            if (waitEach) {
              await(future);
            }
            synchronized (pending) {
              pending.add(future);
              asked.add(example);
            }
          }
        } catch (Exception e) {
          synchronized (errors) {
            errors.add(e);
          }
        }
      });
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(List.of(), errors);
    assertEquals(400, pending.size());
    Map<String, Integer> wrong = new TreeMap<>();
    for (int i = 0; i < pending.size(); i++) {
      Decision decision = await(pending.get(i));
      if (!decision.action().wire().equals(asked.get(i).action())) {
        wrong.merge(asked.get(i).file(), 1, Integer::sum);
      }
    }
    return wrong;
  }

  @Test
  void policyEvalPrintsTheDecisionOfAnInputFile() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = PolicyEval.run(RealOpa.policyDir().resolve("examples/cn-resident-id-to-us.json"),
        new PolicyConfig(opa.url(), 5_000, PolicyConfig.OnError.FAIL_CLOSED),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    JsonNode printed = JSON.readTree(out.toByteArray());
    assertEquals("pseudonymize", printed.get("action").asText());
    assertEquals("CN_RESIDENT_ID", printed.get("targets").get(0).asText());
    assertEquals("PIPL_SPI_TRANSFER_NOT_CLEARED", printed.get("reasons").get(0).get("code").asText());
  }

  @Test
  void policyEvalRefusesAnInputThatDoesNotFitTheContract(@TempDir Path dir) throws Exception {
    String example = Files.readString(RealOpa.policyDir().resolve("examples/cn-resident-id-to-us.json"));
    assertEquals(2, evalExitCode(dir, "{\"direction\": \"request\"}", "tenant is required"));
    assertEquals(2, evalExitCode(dir, example.replaceFirst("\"api\"", "\"apii\""), "apii"));
  }

  private static int evalExitCode(Path dir, String json, String expectedInMessage) throws Exception {
    Path file = Files.writeString(Files.createTempFile(dir, "input", ".json"), json);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = PolicyEval.run(file, new PolicyConfig(opa.url(), 5_000, PolicyConfig.OnError.FAIL_CLOSED),
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains(expectedInMessage), message);
    return code;
  }
}
