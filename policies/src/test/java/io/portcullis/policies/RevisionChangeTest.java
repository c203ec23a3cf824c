package io.portcullis.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compliance officer edits the data while OPA runs (the launcher's watch mode): OPA reloads, the
 * revision changes, and the client drops every cached decision, so the next answer follows the edit.
 */
class RevisionChangeTest {

  @Test
  void editingPolicyDataDropsTheCache(@TempDir Path dir) throws Exception {
    Path policies = FailureModesTest.copyPolicies(dir.resolve("policies"));
    Vertx vertx = Vertx.vertx();
    try (RealOpa opa = RealOpa.start(policies, dir.resolve("state"), true);
         OpaPolicyClient client = new OpaPolicyClient(vertx,
             new PolicyConfig(opa.url(), 5_000, PolicyConfig.OnError.FAIL_CLOSED),
             ClientLimits.defaults().withRevisionCheckMs(200))) {
      DecisionInput reroutable = new DecisionInput(DecisionInput.Direction.REQUEST,
          new DecisionInput.Tenant("t", "CN", Map.of("allow_reroute", true)),
          new DecisionInput.Destination("openai", "US", "gpt-4o", Map.of()),
          List.of(new DecisionInput.FindingSummary("CN_RESIDENT_ID", 1, 0.99)), "zh", "openai.chat", null, null);

      Decision first = decide(client, reroutable);
      Decision second = decide(client, reroutable);
      assertEquals(first, second);
      assertEquals(0.5, client.cacheHitRatio(), 1e-9);
      assertEquals(1, client.cacheHits());
      assertEquals(1, client.cacheMisses());
      assertEquals(1, client.cachedDecisions());
      assertEquals(List.of("deepseek", "moonshot", "qwen"), first.reroute().providers());

      Path data = policies.resolve("data/jurisdictions.json");
      Files.writeString(data, Files.readString(data).replace("\"qwen\"]", "\"qwen\", \"zhipu\"]"));

      awaitTrue(() -> !first.revision().equals(client.currentRevision()), "client saw the new revision");
      assertEquals(0, client.cachedDecisions(), "cache dropped on the new revision");
      awaitTrue(() -> decide(client, reroutable).reroute().providers().contains("zhipu"), "the edit decides");
      Decision after = decide(client, reroutable);
      assertNotEquals(first.revision(), after.revision());
      assertEquals(client.currentRevision(), after.revision());
    } finally {
      vertx.close().await();
    }
  }

  private static Decision decide(OpaPolicyClient client, DecisionInput input) {
    try {
      return client.decide(input).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
      Thread.sleep(50);
    }
  }
}
