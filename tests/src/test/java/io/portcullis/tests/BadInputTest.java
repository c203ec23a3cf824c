package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every kind of bad input gets a clear error in the caller's API shape with its request id, and
 * nothing reaches the provider.
 */
class BadInputTest {
  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture();

  @AfterEach
  void nothingForwarded() {
    assertEquals(0, fx.provider.received().size(), "a refused request must not reach the provider");
  }

  private static JsonNode openAiError(HttpResponse<String> r, int status, String code) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode err = Http.json(r).path("error");
    assertEquals(code, err.path("code").asText(), r.body());
    assertTrue(err.path("message").asText().length() > 10, "a human-readable message: " + r.body());
    assertEquals(r.headers().firstValue("x-request-id").orElseThrow(), err.path("request_id").asText());
    return err;
  }

  @Test
  void missingAndUnknownKeys() throws Exception {
    openAiError(Http.postJson(fx.chat, null, "{}"), 401, "invalid_api_key");
    JsonNode e = openAiError(Http.postJson(fx.chat, "pk-not-a-tenant", "{}"), 401, "invalid_api_key");
    assertEquals("authentication_error", e.path("type").asText());
  }

  @Test
  void malformedJson() throws Exception {
    openAiError(Http.postJson(fx.chat, ProxyFixture.CN_KEY, "{\"model\": \"demo-gpt\", \"messages\": ["), 400, "invalid_json");
    openAiError(Http.postJson(fx.chat, ProxyFixture.CN_KEY, "[1,2]"), 400, "invalid_json");
  }

  @Test
  void invalidUtf8() throws Exception {
    byte[] head = "{\"model\":\"demo-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"}]}".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    body[head.length] = (byte) 0xC3;
    body[head.length + 1] = (byte) 0x28; // 0xC3 must be followed by a continuation byte
    System.arraycopy(tail, 0, body, head.length + 2, tail.length);
    openAiError(Http.post(fx.chat, ProxyFixture.CN_KEY, "application/json", body), 400, "invalid_utf8");
  }

  @Test
  void nestedTooDeep() throws Exception {
    String deep = "[".repeat(100) + "]".repeat(100);
    openAiError(Http.postJson(fx.chat, ProxyFixture.CN_KEY, "{\"model\":\"demo-gpt\",\"x\":" + deep + "}"), 400, "json_too_deep");
  }

  @Test
  void duplicateKeysCannotSmuggleText() throws Exception {
    String body = "{\"model\":\"demo-gpt\",\"messages\":[],\"messages\":[{\"role\":\"user\",\"content\":\"hidden\"}]}";
    openAiError(Http.postJson(fx.chat, ProxyFixture.CN_KEY, body), 400, "duplicate_key");
  }

  @Test
  void trailingContentCannotSmuggleText() throws Exception {
    String body = "{\"model\":\"demo-gpt\",\"messages\":[]} {\"messages\":[{\"role\":\"user\",\"content\":\"hidden\"}]}";
    openAiError(Http.postJson(fx.chat, ProxyFixture.CN_KEY, body), 400, "invalid_json");
  }

  @Test
  void missingOrUnroutableModel() throws Exception {
    openAiError(Http.postJson(fx.chat, ProxyFixture.CN_KEY, "{\"messages\":[]}"), 400, "model_required");
    openAiError(Http.postJson(fx.chat, ProxyFixture.CN_KEY, "{\"model\":\"no-such-model\",\"messages\":[]}"), 404, "model_not_found");
    // A Claude model exists, but not behind the OpenAI shape: no translation between shapes.
    openAiError(Http.postJson(fx.chat, ProxyFixture.CN_KEY, "{\"model\":\"demo-claude\",\"messages\":[]}"), 404, "model_not_found");
  }

  @Test
  void bodyOverTheLimit() throws Exception {
    String big = "{\"model\":\"demo-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"" + "x".repeat(70_000) + "\"}]}";
    openAiError(Http.postJson(fx.chat, ProxyFixture.CN_KEY, big), 413, "request_too_large");
  }

  @Test
  void wrongContentType() throws Exception {
    openAiError(Http.post(fx.chat, ProxyFixture.CN_KEY, "text/plain", "{}".getBytes(StandardCharsets.UTF_8)), 415,
        "unsupported_media_type");
  }

  @Test
  void unknownEndpointAndMethod() throws Exception {
    openAiError(Http.postJson(fx.baseUrl + "/v1/nope", ProxyFixture.CN_KEY, "{}"), 404, "not_found");
    openAiError(Http.get(fx.chat, ProxyFixture.CN_KEY), 405, "method_not_allowed");
  }

  @Test
  void streamMustBeBoolean() throws Exception {
    openAiError(Http.postJson(fx.chat, ProxyFixture.CN_KEY, "{\"model\":\"demo-gpt\",\"stream\":\"yes\",\"messages\":[]}"),
        400, "invalid_stream");
  }
}
