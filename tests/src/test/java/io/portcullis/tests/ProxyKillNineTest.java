package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portcullis.core.standin.StandInProvider;
import io.vertx.core.Vertx;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's crash drill on the real proxy: Portcullis runs as its own process under load (16 callers,
 * real OPA, signed and spooled audit trail) and is killed with SIGKILL. A caller that got a 200 had its
 * exchange forwarded, and an exchange is forwarded only after its decision record is durable, so after
 * a restart on the same spool every acknowledged exchange's decision record must be in the trail, and
 * the trail must verify (the restart signs a recovery checkpoint over what it found).
 */
class ProxyKillNineTest {
  private static final String AUDITOR = "ak-kill-drill-auditor-1";

  @TempDir
  Path dir;

  @Test
  void killNineUnderLoadLosesNoAcknowledgedExchangesDecisionRecord() throws Exception {
    Vertx vertx = Vertx.vertx();
    StandInProvider provider = new StandInProvider(vertx);
    int providerPort = ProxyFixture.await(provider.start("127.0.0.1", 0));
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path config = dir.resolve("portcullis.yaml");
    Files.writeString(config, """
        server: { host: 127.0.0.1, port: %d }
        policy: { opa-url: "%s", timeout-ms: 5000 }
        audit: { spool-dir: "%s", instance: kill-1 }
        auditors: [ { id: drill, api-keys: [ "%s" ] } ]
        tenants: [ { id: acme-us, region: US, api-keys: [ "%s" ] } ]
        providers: [ { id: standin, style: openai, base-url: "http://127.0.0.1:%d", region: US, models: [ "demo-*" ] } ]
        """.formatted(port, ProxyFixture.opaUrl(), dir.resolve("audit"), AUDITOR, ProxyFixture.US_KEY, providerPort));
    String base = "http://127.0.0.1:" + port;
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Process first = start(config);
    try {
      awaitReady(base, first);
      AtomicInteger n = new AtomicInteger();
      CountDownLatch killed = new CountDownLatch(1);
      ExecutorService callers = Executors.newFixedThreadPool(16);
      for (int c = 0; c < 16; c++) {
        callers.submit(() -> {
          while (killed.getCount() > 0) {
            String id = "kill-drill-" + n.incrementAndGet();
            try {
              HttpResponse<String> r = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/v1/chat/completions"))
                  .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + ProxyFixture.US_KEY)
                  .header("Content-Type", "application/json").header("x-request-id", id)
                  .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"demo-gpt\",\"messages\":[{\"role\":\"user\","
                      + "\"content\":\"call me at +1 415 555 2671, request " + id + "\"}]}")).build(),
                  HttpResponse.BodyHandlers.ofString());
              if (r.statusCode() == 200) {
                acknowledged.add(id);
              }
            } catch (Exception refusedOrCut) {
              // the process died under this request: not acknowledged
            }
          }
          return null;
        });
      }
      long deadline = System.currentTimeMillis() + 20_000;
      while (acknowledged.size() < 200 && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, mid-load
      first.waitFor(10, TimeUnit.SECONDS);
      killed.countDown();
      callers.shutdown();
      assertTrue(callers.awaitTermination(30, TimeUnit.SECONDS));
    } finally {
      first.destroyForcibly();
    }
    assertTrue(acknowledged.size() >= 200, "load ran: " + acknowledged.size() + " acknowledged");

    Process second = start(config);
    try {
      awaitReady(base, second);
      Set<String> recorded = new HashSet<>();
      long deadline = System.currentTimeMillis() + 60_000;
      while (!recorded.containsAll(acknowledged) && System.currentTimeMillis() < deadline) {
        recorded = decisionRequestIds(base);
        Thread.sleep(200);
      }
      Set<String> missing = new HashSet<>(acknowledged);
      missing.removeAll(recorded);
      assertEquals(Set.of(), missing, "acknowledged exchanges without a decision record after kill -9");
      JsonNode verify = Http.json(Http.get(base + "/admin/v1/audit/verify?instance=kill-1", AUDITOR));
      assertTrue(verify.path("intact").asBoolean(), "the trail verifies after the crash: " + verify);
    } finally {
      second.destroy();
      second.waitFor(20, TimeUnit.SECONDS);
      ProxyFixture.await(vertx.close());
    }
  }

  private static Process start(Path config) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(List.of(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
        "io.portcullis.core.cli.PortcullisCli", "run", "--config", config.toString()))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static void awaitReady(String base, Process p) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      assertTrue(p.isAlive(), "Portcullis exited during start-up");
      try {
        if (Http.get(base + "/readyz", null).statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Portcullis did not become ready");
  }

  /** Every decision record's request id, page by page. */
  private static Set<String> decisionRequestIds(String base) throws Exception {
    Set<String> ids = new HashSet<>();
    String cursor = null;
    do {
      JsonNode page = Http.json(Http.get(base + "/admin/v1/audit/records?kind=decision&size=1000"
          + (cursor == null ? "" : "&search_after=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)), AUDITOR));
      page.path("records").forEach(r -> ids.add(r.path("request_id").asText()));
      cursor = page.path("records").size() == 1000 && page.hasNonNull("search_after") ? page.path("search_after").asText() : null;
    } while (cursor != null);
    return ids;
  }
}
