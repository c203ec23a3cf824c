package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portcullis.core.standin.StandInProvider;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Redact, reroute and shadow mode carried out on real requests, decided by the real OPA. */
class EnforcementActionsTest {
  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture(() -> "",
      () -> "policy: { opa-url: \"" + ProxyFixture.opaUrl() + "\", timeout-ms: 2000 }");

  static final String RESIDENT_ID = "11010519491231002X";

  @BeforeEach
  void clear() {
    fx.provider.clear();
  }

  private static String ask(String model, String text) {
    return "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":" + Http.JSON.valueToTree(text) + "}]}";
  }

  private static String sentText(StandInProvider.Received r) {
    return r.body().path("messages").path(0).path("content").asText();
  }

  @Test
  void rerouteMovesAChineseResidentIdToAnInRegionProvider() throws Exception {
    HttpResponse<String> r = Http.postJson(fx.chat, "pk-cn-reroute-1", ask("demo-gpt", "身份证号" + RESIDENT_ID + "，帮我查一下"));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("standin-cn", r.headers().firstValue("x-portcullis-provider").orElseThrow());
    assertEquals("standin-openai/demo-gpt -> standin-cn/demo-cn-chat", r.headers().firstValue("x-portcullis-rerouted").orElseThrow());
    StandInProvider.Received got = fx.provider.received().getLast();
    assertEquals("demo-cn-chat", got.body().path("model").asText(), "the model is mapped by configuration");
    assertTrue(sentText(got).contains(RESIDENT_ID), "in-region, the text travels unchanged");
  }

  @Test
  void redactReplacesCredentialsWithTypedPlaceholders() throws Exception {
    String key = "AKIAIOSFODNN7EXAMPLE";
    HttpResponse<String> r = Http.postJson(fx.chat, "pk-eu-redact-1", ask("demo-gpt", "why does " + key + " fail?"));
    assertEquals(200, r.statusCode(), r.body());
    String sent = sentText(fx.provider.received().getLast());
    assertFalse(sent.contains(key), "the provider never sees the key: " + sent);
    assertEquals("why does [REDACTED:API_KEY] fail?", sent);
  }

  @Test
  void shadowModeForwardsUnchangedAndReportsTheWouldBeAction() throws Exception {
    HttpResponse<String> r = Http.postJson(fx.chat, "pk-cn-shadow-1", ask("demo-gpt", "身份证号" + RESIDENT_ID));
    assertEquals(200, r.statusCode(), r.body());
    String wouldBe = r.headers().firstValue("x-portcullis-shadow-action").orElseThrow();
    assertEquals("pseudonymize", wouldBe, "PIPL Arts. 38-39 without a mechanism: what the rule would have done");
    assertTrue(sentText(fx.provider.received().getLast()).contains(RESIDENT_ID));
  }

  @Test
  void denyNamesTheRegulation() throws Exception {
    HttpResponse<String> r = Http.postJson(fx.chat, ProxyFixture.US_KEY, ask("demo-gpt", "my key is AKIAIOSFODNN7EXAMPLE"));
    assertEquals(451, r.statusCode(), r.body());
    JsonNode reasons = Http.json(r).path("error").path("reasons");
    assertTrue(reasons.size() > 0 && reasons.get(0).has("regulation"), r.body());
    assertEquals(0, fx.provider.received().size());
    String metrics = Http.get(fx.baseUrl + "/metrics", null).body();
    assertTrue(metrics.contains("portcullis_decisions_total{action=\"deny\""), metrics);
    assertTrue(metrics.contains("portcullis_policy_cache_hit_ratio "), metrics);
  }

  /**
   * GDPR Chapter V: a DE tenant without an Art. 46 mechanism sends to a US provider that is not DPF
   * certified (no adequacy): its e-mail address is pseudonymized (restored in the answer), and health
   * data, an Art. 9 special category, is refused outright.
   */
  @Test
  void euTenantToANonAdequateProviderPseudonymizesPersonalDataAndRefusesHealthData() throws Exception {
    String email = "klara.becker@beispiel.de";
    HttpResponse<String> r = Http.postJson(fx.chat, "pk-eu-redact-1", ask("demo-gpt", "Please reply to " + email + " today."));
    assertEquals(200, r.statusCode(), r.body());
    String sent = sentText(fx.provider.received().getLast());
    assertFalse(sent.contains(email), "the provider never sees the address: " + sent);
    assertTrue(sent.matches("Please reply to \\S+@\\S+ today\\."), "a surrogate address in its place: " + sent);
    assertTrue(Http.json(r).path("choices").get(0).path("message").path("content").asText().contains(email),
        "the caller's answer carries the original back: " + r.body());

    fx.provider.clear();
    HttpResponse<String> health = Http.postJson(fx.chat, "pk-eu-redact-1", ask("demo-gpt", "I was diagnosed with diabetes last year."));
    assertEquals(451, health.statusCode(), health.body());
    JsonNode reasons = Http.json(health).path("error").path("reasons");
    assertTrue(reasons.toString().contains("GDPR_ART9_NO_TRANSFER_MECHANISM") && reasons.toString().contains("GDPR Arts. 9"), health.body());
    assertEquals(0, fx.provider.received().size(), "nothing was forwarded");
  }

  /**
   * The model a rerouted exchange gets depends on its API: an embeddings request gets the in-region
   * provider's embeddings model, and an API no in-region provider declares (here /v1/responses) is
   * refused rather than sent with a model that cannot serve it.
   */
  @Test
  void rerouteMapsTheModelPerApiAndRefusesWhereNoInRegionModelServesIt() throws Exception {
    HttpResponse<String> embed = Http.postJson(fx.baseUrl + "/v1/embeddings", "pk-cn-reroute-1",
        "{\"model\":\"demo-embed\",\"input\":\"身份证号" + RESIDENT_ID + "\"}");
    assertEquals(200, embed.statusCode(), embed.body());
    assertEquals("standin-openai/demo-embed -> standin-cn/demo-cn-embed", embed.headers().firstValue("x-portcullis-rerouted").orElseThrow());
    assertEquals("demo-cn-embed", fx.provider.received().getLast().body().path("model").asText());

    fx.provider.clear();
    HttpResponse<String> responses = Http.postJson(fx.baseUrl + "/v1/responses", "pk-cn-reroute-1",
        "{\"model\":\"demo-gpt\",\"input\":\"身份证号" + RESIDENT_ID + "\"}");
    assertEquals(451, responses.statusCode(), responses.body());
    assertEquals("policy_reroute_unavailable", Http.json(responses).path("error").path("code").asText(), responses.body());
    assertTrue(Http.json(responses).path("error").path("message").asText().contains("reroute-models.responses"), responses.body());
    assertEquals(0, fx.provider.received().size(), "nothing was forwarded");
  }
}
