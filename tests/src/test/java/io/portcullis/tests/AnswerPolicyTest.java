package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The response policy on real answers: a model (the stand-in's {@code -leak} models) answers with an
 * e-mail address and a resident ID the caller never sent, in 1-3 character deltas split across
 * writes. OPA's response decision guards personal data; the proxy redacts every such value the caller
 * did not send itself; the caller
 * never sees either value, in any API shape, streamed or whole, and every stream still ends
 * well-formed. Tokens are metered per origin -> destination region pair.
 */
class AnswerPolicyTest {
  private static final String EMAIL = "jane.roe@example.org";
  private static final String ID = "11010519491231002X";

  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture(() -> "",
      () -> "policy: { opa-url: \"" + ProxyFixture.opaUrl() + "\", timeout-ms: 2000 }");

  private static void assertNoLeak(String answer) {
    assertFalse(answer.contains(EMAIL), "the leaked e-mail never reaches the caller: " + answer);
    assertFalse(answer.contains(ID), "the leaked resident ID never reaches the caller: " + answer);
    assertFalse(answer.contains("11010519"), "not even the head of the ID: " + answer);
    assertTrue(answer.contains("[REDACTED:EMAIL_ADDRESS]"), answer);
    assertTrue(answer.contains("[REDACTED:CN_RESIDENT_ID]"), answer);
  }

  @Test
  void openAiStreamInOneCharacterDeltasIsRedactedAndEndsWellFormed() {
    OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(fx.baseUrl + "/v1").apiKey(ProxyFixture.US_KEY)
        .maxRetries(0).build();
    try {
      ChatCompletionCreateParams p = ChatCompletionCreateParams.builder().model("demo-gpt-leak")
          .addUserMessage("Who is on file for the claim?").build();
      StringBuilder answer = new StringBuilder();
      List<String> finish = new ArrayList<>();
      try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(p)) {
        s.stream().forEach(c -> c.choices().forEach(ch -> {
          ch.delta().content().ifPresent(answer::append);
          ch.finishReason().ifPresent(f -> finish.add(f.asString()));
        }));
      }
      assertNoLeak(answer.toString());
      assertTrue(answer.toString().startsWith("You said: Who is on file for the claim? Also on file: "), answer.toString());
      assertEquals(List.of("stop"), finish, "the stream finished normally");
    } finally {
      client.close();
    }
  }

  @Test
  void anthropicStreamIsRedactedAndEndsWithMessageStop() throws Exception {
    HttpResponse<String> r = Http.anthropic(fx.baseUrl + "/v1/messages", ProxyFixture.US_KEY,
        "{\"model\":\"demo-claude-leak\",\"max_tokens\":64,\"stream\":true,"
            + "\"messages\":[{\"role\":\"user\",\"content\":\"Who is on file?\"}]}");
    assertEquals(200, r.statusCode(), r.body());
    List<String> types = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String line : r.body().split("\n")) {
      if (line.startsWith("data: ")) {
        JsonNode ev = Http.JSON.readTree(line.substring(6));
        types.add(ev.path("type").asText());
        if (ev.path("type").asText().equals("content_block_delta")) {
          text.append(ev.path("delta").path("text").asText());
        }
      }
    }
    assertNoLeak(r.body());
    assertNoLeak(text.toString());
    assertEquals("message_stop", types.getLast());
  }

  @Test
  void wholeAnswersAndResponsesStreamsAreRedacted() throws Exception {
    HttpResponse<String> whole = Http.postJson(fx.chat, ProxyFixture.US_KEY,
        "{\"model\":\"demo-gpt-leak\",\"messages\":[{\"role\":\"user\",\"content\":\"Who is on file?\"}]}");
    assertEquals(200, whole.statusCode(), whole.body());
    assertNoLeak(Http.json(whole).path("choices").get(0).path("message").path("content").asText());

    HttpResponse<String> responses = Http.postJson(fx.baseUrl + "/v1/responses", ProxyFixture.US_KEY,
        "{\"model\":\"demo-gpt-leak\",\"stream\":true,\"input\":\"Who is on file?\"}");
    assertEquals(200, responses.statusCode(), responses.body());
    assertNoLeak(responses.body());
    assertTrue(responses.body().contains("response.completed"), responses.body());
  }

  @Test
  void whatTheCallerSentComesBackButNobodyElsesDataOfTheSameType() throws Exception {
    // The caller sent its own e-mail address: the answer may repeat that one, value for value, but the
    // other e-mail address the model leaks is still redacted, as is the resident ID.
    HttpResponse<String> r = Http.postJson(fx.chat, ProxyFixture.US_KEY,
        "{\"model\":\"demo-gpt-leak\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"I am bob@example.com\"}]}");
    assertEquals(200, r.statusCode(), r.body());
    String text = Http.chatStreamText(r.body());
    assertTrue(text.contains("bob@example.com"), text);
    assertFalse(text.contains(EMAIL), "another person's address of the same type: " + text);
    assertTrue(text.contains("[REDACTED:EMAIL_ADDRESS]"), text);
    assertFalse(text.contains(ID), text);
    assertTrue(text.contains("[REDACTED:CN_RESIDENT_ID]"), text);
    assertTrue(r.body().strip().endsWith("data: [DONE]"), "the stream ends with [DONE]");
  }

  @Test
  void redactionsAndTokensPerRegionPairAreMetered() throws Exception {
    HttpResponse<String> r = Http.postJson(fx.chat, ProxyFixture.US_KEY,
        "{\"model\":\"demo-gpt-leak\",\"messages\":[{\"role\":\"user\",\"content\":\"Count my tokens please\"}]}");
    assertEquals(200, r.statusCode(), r.body());
    String metrics = Http.metricsOnce(fx.baseUrl, "portcullis_tokens_total{destination=\"US\",direction=\"output\",origin=\"US\"");
    assertTrue(metrics.contains("portcullis_tokens_total{destination=\"US\",direction=\"input\",origin=\"US\""), metrics);
    assertTrue(metrics.contains("portcullis_answer_redactions_total"), metrics);
  }
}
