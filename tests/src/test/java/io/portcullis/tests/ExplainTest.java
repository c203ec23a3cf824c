package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Compliance officers ask "what would happen to this prompt, and why" without anything leaving. */
class ExplainTest {
  static final String ADMIN = "ak-compliance-0000000001";

  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture(() -> "",
      () -> "policy: { opa-url: \"" + ProxyFixture.opaUrl() + "\", timeout-ms: 2000 }\n"
          + "auditors:\n  - { id: compliance, api-keys: [ \"" + ADMIN + "\" ] }");

  private static HttpResponse<String> explain(String key, String body) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(fx.baseUrl + "/admin/v1/explain"))
        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return Http.CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void explainsFindingsDecisionAndRewriteWithoutForwarding() throws Exception {
    String id = "11010519491231002X";
    HttpResponse<String> r = explain(ADMIN, "{\"tenant\":\"acme-cn\",\"model\":\"demo-gpt\",\"text\":\"身份证号" + id + "\"}");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode report = Http.json(r);
    JsonNode finding = report.path("findings").get(0);
    assertEquals("CN_RESIDENT_ID", finding.path("type").asText());
    assertEquals(4, finding.path("start").asInt(), "code point offsets into the text");
    assertEquals(22, finding.path("end").asInt());
    assertEquals("CN", report.path("policy_input").path("tenant").path("region").asText());
    assertEquals("US", report.path("policy_input").path("destination").path("region").asText(), "what OPA was asked");
    assertEquals("pseudonymize", report.path("decision").path("action").asText(), r.body());
    assertTrue(report.path("decision").path("reasons").get(0).path("regulation").asText().contains("PIPL"));
    JsonNode answerTargets = report.path("answer_decision").path("targets");
    assertTrue(answerTargets.toString().contains("EMAIL_ADDRESS"), "an answer may not bring back e-mail addresses not sent: " + report);
    assertTrue(answerTargets.toString().contains("CN_RESIDENT_ID"),
        "resident IDs stay guarded in the answer: only the one the caller sent may come back: " + report);
    String rewritten = report.path("outcome").path("rewritten_request").path("messages").get(0).path("content").asText();
    assertFalse(rewritten.contains(id), "the rewritten request carries a surrogate: " + rewritten);
    assertEquals(0, fx.provider.received().size(), "nothing was sent upstream");
    String metrics = Http.get(fx.baseUrl + "/metrics", null).body();
    assertFalse(metrics.contains("portcullis_decisions_total{"), "an explanation is not traffic: " + metrics);
    assertFalse(metrics.contains("portcullis_findings_total{"), "an explanation is not traffic: " + metrics);
    assertEquals(401, explain(ProxyFixture.CN_KEY, "{}").statusCode(), "tenants cannot call admin endpoints");
  }
}
