package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.classifiers.validate.CnResidentId;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A gateway that forwards requests itself uses {@code /v1/inspect}: it gets the decision and the
 * body to send, calls the provider (here: the stand-in, directly), and passes the provider's answer
 * (streamed events in arbitrary pieces, or a whole body) through {@code /v1/inspect/answer} to get
 * what its caller may see.
 */
class InspectApiTest {
  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture(() -> "",
      () -> "policy: { opa-url: \"" + ProxyFixture.opaUrl() + "\", timeout-ms: 2000 }");

  private static JsonNode inspect(String key, String api, String body) throws Exception {
    HttpResponse<String> r = Http.postJson(fx.baseUrl + "/v1/inspect", key, "{\"api\":\"" + api + "\",\"body\":" + body + "}");
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  private static JsonNode answer(String key, ObjectNode envelope) throws Exception {
    HttpResponse<String> r = Http.postJson(fx.baseUrl + "/v1/inspect/answer", key, envelope.toString());
    assertEquals(200, r.statusCode(), r.body());
    return Http.json(r);
  }

  @Test
  void pseudonymizedRequestAndItsStreamedAnswerRestoredPieceByPiece() throws Exception {
    String id = PseudonymizeRestoreTest.residentId(2024);
    JsonNode d = inspect(ProxyFixture.CN_KEY, "chat",
        "{\"model\":\"demo-gpt\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"身份证号" + id + "，请核对\"}]}");
    assertTrue(d.path("forward").asBoolean(), d.toString());
    assertEquals("pseudonymize", d.path("action").asText(), d.toString());
    assertEquals("standin-openai", d.path("provider").asText());
    assertEquals("US", d.path("destination_region").asText());
    assertTrue(d.path("decision").path("reasons").get(0).path("regulation").asText().startsWith("PIPL"), d.toString());
    String toSend = d.path("body").toString();
    assertFalse(toSend.contains(id), "the body to forward carries no original: " + toSend);
    String surrogate = d.path("body").path("messages").get(0).path("content").asText().substring(4, 22);
    assertTrue(CnResidentId.isValid(surrogate), surrogate);

    // The gateway calls the provider with the rewritten body, then relays its SSE in 7-byte pieces.
    HttpResponse<String> provider = Http.postJson("http://127.0.0.1:" + fx.providerPort + "/v1/chat/completions", "sk-x", toSend);
    String sse = provider.body();
    assertFalse(fx.provider.received().getLast().body().toString().contains(id), "the provider never saw the original");
    StringBuilder toCaller = new StringBuilder();
    for (int at = 0; at < sse.length(); at += 7) {
      ObjectNode env = Http.JSON.createObjectNode().put("handle", d.path("handle").asText())
          .put("events", sse.substring(at, Math.min(sse.length(), at + 7))).put("final", at + 7 >= sse.length());
      toCaller.append(answer(ProxyFixture.CN_KEY, env).path("events").asText());
    }
    StringBuilder text = new StringBuilder();
    for (String line : toCaller.toString().split("\n")) {
      if (line.startsWith("data: {")) {
        text.append(Http.JSON.readTree(line.substring(6)).path("choices").path(0).path("delta").path("content").asText(""));
      }
    }
    assertEquals("You said: 身份证号" + id + "，请核对", text.toString());
    assertTrue(toCaller.toString().strip().endsWith("data: [DONE]"), toCaller.toString());

    // The handle is spent: its mapping is gone from memory.
    HttpResponse<String> again = Http.postJson(fx.baseUrl + "/v1/inspect/answer", ProxyFixture.CN_KEY,
        "{\"handle\":\"" + d.path("handle").asText() + "\",\"events\":\"data: [DONE]\\n\\n\"}");
    assertEquals(404, again.statusCode(), again.body());
  }

  @Test
  void wholeAnswersAreRestoredAndLeaksRedacted() throws Exception {
    String id = PseudonymizeRestoreTest.residentId(31);
    JsonNode d = inspect(ProxyFixture.CN_KEY, "/v1/chat/completions",
        "{\"model\":\"demo-gpt-leak\",\"messages\":[{\"role\":\"user\",\"content\":\"ID " + id + "\"}]}");
    HttpResponse<String> provider = Http.postJson("http://127.0.0.1:" + fx.providerPort + "/v1/chat/completions", "sk-x",
        d.path("body").toString());
    ObjectNode env = Http.JSON.createObjectNode().put("handle", d.path("handle").asText());
    env.set("body", Http.JSON.readTree(provider.body()));
    JsonNode out = answer(ProxyFixture.CN_KEY, env);
    String content = out.path("body").path("choices").get(0).path("message").path("content").asText();
    assertTrue(content.startsWith("You said: ID " + id), content);
    assertFalse(content.contains("jane.roe@example.org"), "an e-mail the caller never sent is redacted: " + content);
    assertTrue(out.path("redacted").asInt() >= 1, out.toString());
  }

  @Test
  void deniedRequestsComeBackWithTheErrorForTheCaller() throws Exception {
    JsonNode d = inspect(ProxyFixture.CN_KEY, "messages",
        "{\"model\":\"demo-claude\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"key AKIAIOSFODNN7EXAMPLE secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"}]}");
    assertFalse(d.path("forward").asBoolean(), d.toString());
    assertEquals(451, d.path("status").asInt());
    assertEquals("error", d.path("error").path("type").asText(), "Anthropic's error shape: " + d);
    assertFalse(d.has("handle"));
  }

  @Test
  void badInputAndForeignHandlesAreRefusedClearly() throws Exception {
    HttpResponse<String> noKey = Http.postJson(fx.baseUrl + "/v1/inspect", null, "{}");
    assertEquals(401, noKey.statusCode());
    HttpResponse<String> badApi = Http.postJson(fx.baseUrl + "/v1/inspect", ProxyFixture.US_KEY, "{\"api\":\"fax\",\"body\":{}}");
    assertEquals(400, badApi.statusCode());
    assertTrue(badApi.body().contains("unknown api 'fax'"), badApi.body());
    HttpResponse<String> badBody = Http.postJson(fx.baseUrl + "/v1/inspect", ProxyFixture.US_KEY, "{\"api\":\"chat\",\"body\":\"hi\"}");
    assertEquals(400, badBody.statusCode(), badBody.body());
    HttpResponse<String> noModel = Http.postJson(fx.baseUrl + "/v1/inspect", ProxyFixture.US_KEY, "{\"api\":\"chat\",\"body\":{\"messages\":[]}}");
    assertEquals(400, noModel.statusCode(), "the same request checks as the proxy's: " + noModel.body());

    JsonNode d = inspect(ProxyFixture.US_KEY, "chat", "{\"model\":\"demo-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    HttpResponse<String> foreign = Http.postJson(fx.baseUrl + "/v1/inspect/answer", ProxyFixture.CN_KEY,
        "{\"handle\":\"" + d.path("handle").asText() + "\",\"body\":{}}");
    assertEquals(404, foreign.statusCode(), "another tenant's handle is unknown to this tenant");
    HttpResponse<String> both = Http.postJson(fx.baseUrl + "/v1/inspect/answer", ProxyFixture.US_KEY,
        "{\"handle\":\"" + d.path("handle").asText() + "\",\"body\":{},\"events\":\"x\"}");
    assertEquals(400, both.statusCode(), both.body());
  }
}
