package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What operators watch: health, readiness, Prometheus metrics, and request ids end to end. */
class OperationsTest {
  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture();

  @Test
  void healthAndReadiness() throws Exception {
    assertEquals(200, Http.get(fx.baseUrl + "/healthz", null).statusCode());
    assertEquals(200, Http.get(fx.baseUrl + "/readyz", null).statusCode());
  }

  @Test
  void callerRequestIdIsEchoedAndForwarded() throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(fx.baseUrl + "/v1/chat/completions"))
        .header("Authorization", "Bearer " + ProxyFixture.CN_KEY).header("Content-Type", "application/json")
        .header("x-request-id", "trace-abc-123")
        .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"demo-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"))
        .build();
    HttpResponse<String> r = Http.CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertEquals("trace-abc-123", r.headers().firstValue("x-request-id").orElseThrow());
    assertEquals("standin-openai", r.headers().firstValue("x-portcullis-provider").orElseThrow());
  }

  @Test
  void metricsCountRequestsPerApiAndProvider() throws Exception {
    Http.postJson(fx.baseUrl + "/v1/chat/completions", ProxyFixture.CN_KEY,
        "{\"model\":\"demo-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"count me\"}]}");
    Http.postJson(fx.baseUrl + "/v1/chat/completions", ProxyFixture.CN_KEY, "{broken");
    String metrics = Http.get(fx.baseUrl + "/metrics", null).body();
    assertTrue(metrics.contains("portcullis_requests_total{api=\"chat\",provider=\"standin-openai\",status=\"200\"}"), metrics);
    assertTrue(metrics.contains("portcullis_requests_total{api=\"chat\",provider=\"-\",status=\"400\"}"), metrics);
    assertTrue(metrics.contains("portcullis_request_duration_seconds_bucket{api=\"chat\",provider=\"standin-openai\""), metrics);
    assertTrue(metrics.contains("portcullis_body_bytes_sum{direction=\"request\",provider=\"standin-openai\"}"), metrics);
    // where an exchange's time went, per stage of the request path (classification waits for a worker)
    for (String stage : new String[] {"parse", "route", "extract", "classify"}) {
      assertTrue(metrics.contains("portcullis_stage_duration_seconds_count{stage=\"" + stage + "\"}"), stage + "\n" + metrics);
    }
  }
}
