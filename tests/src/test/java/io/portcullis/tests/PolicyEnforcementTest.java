package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every exchange is classified and decided by the real OPA with the project's Rego before anything
 * leaves; what the policy does not allow is refused with 451 and the reasons, and never reaches the
 * provider.
 */
class PolicyEnforcementTest {
  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture(() -> "", () -> "policy: { opa-url: \"" + ProxyFixture.opaUrl() + "\", timeout-ms: 2000 }");

  @BeforeEach
  void clear() {
    fx.provider.clear();
  }

  private static String ask(String model, String text) {
    return "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":" + Http.JSON.valueToTree(text) + "}]}";
  }

  @Test
  void importantDataNeverLeavesChinaAndTheCallerIsToldWhy() throws Exception {
    HttpResponse<String> r = Http.postJson(fx.chat, ProxyFixture.CN_KEY,
        ask("demo-gpt", "请整理这批军事设施坐标和未公开的经济统计数据"));
    assertEquals(451, r.statusCode(), r.body());
    JsonNode err = Http.json(r).path("error");
    assertEquals("policy_violation", err.path("type").asText());
    assertTrue(err.path("reasons").toString().contains("DSL") || err.path("reasons").toString().contains("Data Security"),
        "the reason names the law: " + r.body());
    assertEquals(0, fx.provider.received().size(), "the provider never saw the request");
  }

  @Test
  void theSamePromptStaysInChinaAndIsAllowed() throws Exception {
    HttpResponse<String> r = Http.postJson(fx.chat, ProxyFixture.CN_KEY, ask("demo-cn-chat", "我的身份证号是11010519491231002X"));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(1, fx.provider.received().size());
  }

  @Test
  void credentialsAreDenied() throws Exception {
    HttpResponse<String> r = Http.postJson(fx.chat, ProxyFixture.US_KEY,
        ask("demo-gpt", "debug this: AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY and key AKIAIOSFODNN7EXAMPLE"));
    assertEquals(451, r.statusCode(), r.body());
    assertEquals("policy_denied", Http.json(r).path("error").path("code").asText(), r.body());
    assertEquals(0, fx.provider.received().size());
  }

  @Test
  void harmlessTextIsAllowed() throws Exception {
    HttpResponse<String> r = Http.postJson(fx.chat, ProxyFixture.US_KEY, ask("demo-gpt", "Summarise the plot of Hamlet in two lines."));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("You said: Summarise the plot of Hamlet in two lines.", Http.json(r).path("choices").path(0).path("message").path("content").asText());
  }
}
