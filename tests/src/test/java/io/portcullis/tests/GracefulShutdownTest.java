package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Stopping the proxy (SIGTERM runs the same stop) lets an exchange already in flight finish within
 * the grace period, streamed answer included, while new connections are no longer taken.
 */
class GracefulShutdownTest {
  static final java.nio.file.Path SPOOL = tempDir();
  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture(() -> "shutdown-grace-ms: 10000",
      () -> "audit: { spool-dir: \"" + SPOOL + "\", instance: shutdown-1 }");

  static java.nio.file.Path tempDir() {
    try {
      return java.nio.file.Files.createTempDirectory("portcullis-shutdown");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anOpenStreamFinishesWhileTheProxyStops() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    // -slow: the stand-in answers after 3 s, so the stream is still open when the stop begins
    HttpRequest req = HttpRequest.newBuilder(URI.create(fx.chat)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + ProxyFixture.CN_KEY).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"model\":\"demo-gpt-slow\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"take your time\"}]}"))
        .build();
    CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(req, HttpResponse.BodyHandlers.ofString());
    Thread.sleep(1_000);
    Future<Void> stopping = fx.server.stop();
    Thread.sleep(300);

    HttpRequest fresh = HttpRequest.newBuilder(URI.create(fx.baseUrl + "/healthz")).timeout(Duration.ofSeconds(2)).build();
    assertThrows(java.io.IOException.class, () -> HttpClient.newHttpClient().send(fresh, HttpResponse.BodyHandlers.ofString()),
        "no new connections once stopping");

    HttpResponse<String> r = inFlight.get(20, TimeUnit.SECONDS);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("You said: take your time", Http.chatStreamText(r.body()), "the whole answer arrived");
    assertTrue(r.body().strip().endsWith("data: [DONE]"), "and ended well-formed: " + r.body());
    stopping.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);

    // Both of the exchange's records are in the spool: its completion was not lost to the stop.
    String requestId = r.headers().firstValue("x-request-id").orElseThrow();
    StringBuilder spool = new StringBuilder();
    try (var files = java.nio.file.Files.walk(SPOOL)) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
        spool.append(java.nio.file.Files.readString(f));
      }
    }
    long records = spool.toString().lines().filter(l -> l.contains(requestId)).count();
    assertEquals(2, records, "decision and completion records of " + requestId + ":\n" + spool);
    assertTrue(spool.toString().lines().anyMatch(l -> l.contains(requestId) && l.contains("\"kind\":\"completion\"")), spool.toString());
  }
}
