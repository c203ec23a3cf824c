package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** No decision, no forwarding: with OPA unreachable every exchange is refused with 503 and says why. */
class PolicyUnavailableTest {
  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture(() -> "", () -> "policy: { opa-url: \"http://127.0.0.1:" + ProxyFixture.freePort() + "\", timeout-ms: 300 }");

  @Test
  void opaDownRefusesWith503() throws Exception {
    HttpResponse<String> r = Http.postJson(fx.baseUrl + "/v1/chat/completions", ProxyFixture.US_KEY,
        "{\"model\":\"demo-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}");
    assertEquals(503, r.statusCode(), r.body());
    assertEquals("policy_unavailable", Http.json(r).path("error").path("code").asText());
    assertEquals(0, fx.provider.received().size());
  }
}
