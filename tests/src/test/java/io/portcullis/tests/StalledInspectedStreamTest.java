package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A provider that stalls mid-stream while the answer policy inspects the stream: the text it did send
 * (inspected, and held back only in case a value was forming) reaches the caller before the timeout's
 * error event, so the caller sees exactly what the provider said before it went quiet.
 */
class StalledInspectedStreamTest {
  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture(() -> "upstream-timeout-ms: 1000",
      () -> "policy: { opa-url: \"" + ProxyFixture.opaUrl() + "\", timeout-ms: 2000 }");

  @Test
  void whatTheProviderSentBeforeStallingIsReleasedBeforeTheErrorEvent() throws Exception {
    HttpResponse<String> r = Http.postJson(fx.chat, ProxyFixture.US_KEY,
        "{\"model\":\"demo-gpt-stall\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    assertEquals(200, r.statusCode(), r.body());
    String[] events = r.body().strip().split("\n\n");
    JsonNode last = Http.JSON.readTree(events[events.length - 1].substring("data: ".length()));
    // the stand-in sends four deltas of 1, 2, 3 and 1 characters, then nothing
    assertEquals("You sai", Http.chatStreamText(r.body()), r.body());
    assertTrue(last != null && last.path("error").path("code").asText().equals("upstream_timeout"), r.body());
  }
}
