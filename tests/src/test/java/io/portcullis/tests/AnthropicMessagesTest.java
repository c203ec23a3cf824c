package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portcullis.core.standin.StandInProvider;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Anthropic's Messages API, as its SDKs speak it (x-api-key, anthropic-version), whole and streamed. */
class AnthropicMessagesTest {
  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture();

  private static String request(boolean stream) {
    return """
        {"model": "demo-claude-sonnet", "max_tokens": 64, "stream": %s,
         "system": [{"type": "text", "text": "You are terse."}],
         "messages": [{"role": "user", "content": [{"type": "text", "text": "Grüße aus Köln"}]}]}
        """.formatted(stream);
  }

  @Test
  void wholeMessage() throws Exception {
    HttpResponse<String> r = Http.anthropic(fx.baseUrl + "/v1/messages", ProxyFixture.US_KEY, request(false));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode body = Http.json(r);
    assertEquals("You said: Grüße aus Köln", body.path("content").get(0).path("text").asText());
    StandInProvider.Received got = fx.provider.received().getLast();
    assertEquals("sk-ant-provider-secret", got.apiKey(), "the provider's key replaces the caller's");
    assertTrue(r.headers().firstValue("x-request-id").isPresent());
  }

  @Test
  void streamedMessageIsWellFormed() throws Exception {
    HttpResponse<String> r = Http.anthropic(fx.baseUrl + "/v1/messages", ProxyFixture.US_KEY, request(true));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
    List<String> types = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String block : r.body().split("\n\n")) {
      for (String line : block.split("\n")) {
        if (line.startsWith("data: ")) {
          JsonNode ev = Http.JSON.readTree(line.substring(6));
          types.add(ev.path("type").asText());
          if (ev.path("type").asText().equals("content_block_delta")) {
            text.append(ev.path("delta").path("text").asText());
          }
        }
      }
    }
    assertEquals("message_start", types.getFirst());
    assertEquals("message_stop", types.getLast());
    assertEquals("You said: Grüße aus Köln", text.toString());
  }

  @Test
  void anthropicErrorsComeInAnthropicShape() throws Exception {
    HttpResponse<String> r = Http.anthropic(fx.baseUrl + "/v1/messages", "sk-wrong-key-000", request(false));
    assertEquals(401, r.statusCode());
    JsonNode body = Http.json(r);
    assertEquals("error", body.path("type").asText());
    assertEquals("authentication_error", body.path("error").path("type").asText());
  }
}
