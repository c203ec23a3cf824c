package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Provider failures reach the caller as errors its SDK understands, before and during a stream. */
class UpstreamFailureTest {
  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture(() -> "upstream-timeout-ms: 800", () -> "");

  private static String body(String model, boolean stream) {
    return "{\"model\":\"" + model + "\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":\"hello there\"}]}";
  }

  @Test
  void provider4xxAnd5xxPassThroughUnchanged() throws Exception {
    for (int status : new int[] {400, 429, 500}) {
      HttpResponse<String> r = Http.postJson(fx.chat, ProxyFixture.CN_KEY, body("demo-gpt-error-" + status, false));
      assertEquals(status, r.statusCode());
      assertEquals("stand-in provider refuses: demo-gpt-error-" + status, Http.json(r).path("error").path("message").asText(),
          "the provider's own error body reaches the caller unchanged");
    }
  }

  @Test
  void unreachableProviderIs502() throws Exception {
    HttpResponse<String> r = Http.postJson(fx.chat, ProxyFixture.CN_KEY, body("gone-model", false));
    assertEquals(502, r.statusCode(), r.body());
    assertEquals("upstream_unreachable", Http.json(r).path("error").path("code").asText());
  }

  @Test
  void slowProviderIs504() throws Exception {
    HttpResponse<String> r = Http.postJson(fx.chat, ProxyFixture.CN_KEY, body("demo-gpt-slow", false));
    assertEquals(504, r.statusCode(), r.body());
    assertEquals("upstream_timeout", Http.json(r).path("error").path("code").asText());
  }

  @Test
  void resetMidStreamEndsWithAnErrorEvent() throws Exception {
    HttpResponse<String> r = Http.postJson(fx.chat, ProxyFixture.CN_KEY, body("demo-gpt-reset", true));
    assertEquals(200, r.statusCode(), "the stream had started before the provider failed");
    String[] events = r.body().strip().split("\n\n");
    JsonNode last = Http.JSON.readTree(events[events.length - 1].substring("data: ".length()));
    assertEquals("upstream_stream_failed", last.path("error").path("code").asText(), r.body());
    assertTrue(events.length > 2, "the events before the failure were relayed: " + r.body());
  }

  @Test
  void stalledStreamTimesOutWithAnErrorEvent() throws Exception {
    HttpResponse<String> r = Http.anthropic(fx.baseUrl + "/v1/messages", ProxyFixture.US_KEY,
        "{\"model\":\"demo-claude-stall\",\"max_tokens\":10,\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().strip().endsWith("}"), r.body());
    String last = r.body().strip().substring(r.body().strip().lastIndexOf("event: "));
    assertTrue(last.startsWith("event: error\ndata: "), "Anthropic-shaped error event ends the stream: " + last);
    assertEquals("error", Http.JSON.readTree(last.substring(last.indexOf("data: ") + 6)).path("type").asText());
  }
}
