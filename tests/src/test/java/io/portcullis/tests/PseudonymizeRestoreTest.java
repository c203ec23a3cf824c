package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.portcullis.classifiers.validate.CnResidentId;
import io.portcullis.core.standin.StandInProvider;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mission end to end: a CN tenant without a transfer mechanism sends a resident ID to a US model.
 * The real OPA says pseudonymize; the provider only ever sees a checksum-valid surrogate; the caller's
 * answer, streamed in 1-3 character deltas, carries the original back.
 */
class PseudonymizeRestoreTest {
  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture(() -> "",
      () -> "policy: { opa-url: \"" + ProxyFixture.opaUrl() + "\", timeout-ms: 2000 }");

  @BeforeEach
  void clear() {
    fx.provider.clear();
  }

  /** A valid resident ID for Beijing Chaoyang, born on day {@code n} after 1980-01-01. */
  static String residentId(int n) {
    java.time.LocalDate born = java.time.LocalDate.of(1980, 1, 1).plusDays(n);
    String first17 = "110105" + born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", n % 1000);
    return first17 + CnResidentId.checkChar(first17);
  }

  private static String lastUserText(StandInProvider.Received r) {
    JsonNode messages = r.body().path("messages");
    return messages.get(messages.size() - 1).path("content").asText();
  }

  @Test
  void streamedAnswerRestoresTheOriginalAndTheProviderSeesOnlyASurrogate() {
    String id = residentId(4321);
    OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(fx.baseUrl + "/v1").apiKey(ProxyFixture.CN_KEY)
        .maxRetries(0).build();
    try {
      ChatCompletionCreateParams p = ChatCompletionCreateParams.builder().model("demo-gpt")
          .addUserMessage("我的身份证号是" + id + "，请核对").build();
      StringBuilder answer = new StringBuilder();
      try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(p)) {
        s.stream().forEach(c -> c.choices().forEach(ch -> ch.delta().content().ifPresent(answer::append)));
      }
      assertEquals("You said: 我的身份证号是" + id + "，请核对", answer.toString());
    } finally {
      client.close();
    }
    String sent = lastUserText(fx.provider.received().getLast());
    assertFalse(sent.contains(id), "the provider never sees the real ID: " + sent);
    String surrogate = sent.substring("我的身份证号是".length(), "我的身份证号是".length() + 18);
    assertTrue(CnResidentId.isValid(surrogate), "the surrogate is itself a valid resident ID: " + surrogate);
  }

  @Test
  void wholeAnswersAreRestoredAndSurrogatesStayStableAcrossTurns() throws Exception {
    String id = residentId(777);
    String body = "{\"model\":\"demo-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"ID " + id + "\"},"
        + "{\"role\":\"assistant\",\"content\":\"noted\"},{\"role\":\"user\",\"content\":\"again: " + id + "\"}]}";
    HttpResponse<String> r = Http.postJson(fx.chat, ProxyFixture.CN_KEY, body);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("You said: again: " + id, Http.json(r).path("choices").path(0).path("message").path("content").asText());
    JsonNode sent = fx.provider.received().getLast().body().path("messages");
    String first = sent.get(0).path("content").asText().substring(3);
    String second = sent.get(2).path("content").asText().substring(7);
    assertNotEquals(id, first);
    assertEquals(first, second, "the same value gets the same surrogate throughout the conversation");
    Http.postJson(fx.chat, ProxyFixture.CN_KEY, body);
    assertEquals(first, fx.provider.received().getLast().body().path("messages").get(0).path("content").asText().substring(3),
        "and in the next request of the conversation");
  }

  /** With the gateway's conversation id, surrogates are stable within that conversation only. */
  @Test
  void aNamedConversationHasItsOwnSurrogates() throws Exception {
    String id = residentId(555);
    String body = "{\"model\":\"demo-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"ID " + id + "\"}]}";
    java.util.function.Function<String, String> surrogateIn = conversation -> {
      try {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(fx.chat))
            .header("Authorization", "Bearer " + ProxyFixture.CN_KEY).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (conversation != null) {
          req.header("x-portcullis-conversation", conversation);
        }
        HttpResponse<String> r = Http.CLIENT.send(req.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("You said: ID " + id, Http.json(r).path("choices").path(0).path("message").path("content").asText());
        return lastUserText(fx.provider.received().getLast()).substring(3);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
    String a1 = surrogateIn.apply("conv-a");
    String a2 = surrogateIn.apply("conv-a");
    String b = surrogateIn.apply("conv-b");
    String tenantWide = surrogateIn.apply(null);
    assertEquals(a1, a2, "stable within the conversation");
    assertNotEquals(a1, b, "another conversation cannot be linked by the surrogate");
    assertNotEquals(a1, tenantWide);
    assertFalse(a1.equals(id) || b.equals(id) || tenantWide.equals(id));

    HttpResponse<String> bad = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(fx.chat))
        .header("Authorization", "Bearer " + ProxyFixture.CN_KEY).header("Content-Type", "application/json")
        .header("x-portcullis-conversation", "no spaces allowed")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(400, bad.statusCode(), bad.body());
    assertEquals("invalid_conversation", Http.json(bad).path("error").path("code").asText(), bad.body());
  }

  @Test
  void anthropicStreamsAreRestoredToo() throws Exception {
    String id = residentId(99);
    HttpResponse<String> r = Http.anthropic(fx.baseUrl + "/v1/messages", ProxyFixture.CN_KEY,
        "{\"model\":\"demo-claude\",\"max_tokens\":50,\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"身份证 " + id + "\"}]}");
    assertEquals(200, r.statusCode(), r.body());
    StringBuilder text = new StringBuilder();
    String lastType = "";
    for (String block : r.body().split("\n\n")) {
      int at = block.indexOf("data: ");
      if (at < 0) {
        continue;
      }
      JsonNode ev = Http.JSON.readTree(block.substring(at + 6));
      lastType = ev.path("type").asText();
      if (lastType.equals("content_block_delta")) {
        text.append(ev.path("delta").path("text").asText());
      }
    }
    assertEquals("You said: 身份证 " + id, text.toString());
    assertEquals("message_stop", lastType, "the stream still ends well-formed");
    assertFalse(lastUserText(fx.provider.received().getLast()).contains(id));
  }

  @Test
  void twoHundredConcurrentStreamsWithDistinctValuesNeverCrossTalk() throws Exception {
    List<String> ids = new ArrayList<>();
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String id = residentId(1000 + i);
      ids.add(id);
      String body = "{\"model\":\"demo-gpt\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"身份证号" + id + "\"}]}";
      HttpRequest req = HttpRequest.newBuilder(URI.create(fx.chat)).timeout(Duration.ofSeconds(120))
          .header("Authorization", "Bearer " + ProxyFixture.CN_KEY).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
      calls.add(Http.CLIENT.sendAsync(req, HttpResponse.BodyHandlers.ofString()));
    }
    for (int i = 0; i < 200; i++) {
      HttpResponse<String> r = calls.get(i).get(120, TimeUnit.SECONDS);
      assertEquals(200, r.statusCode(), r.body());
      StringBuilder text = new StringBuilder();
      for (String event : r.body().split("\n\n")) {
        String data = event.strip().substring("data: ".length());
        if (!data.equals("[DONE]")) {
          text.append(Http.JSON.readTree(data).path("choices").path(0).path("delta").path("content").asText(""));
        }
      }
      assertEquals("You said: 身份证号" + ids.get(i), text.toString(), "stream " + i);
    }
    Set<String> seen = new HashSet<>();
    for (StandInProvider.Received got : fx.provider.received()) {
      String sent = lastUserText(got);
      ids.forEach(id -> assertFalse(sent.contains(id), "an original reached the provider"));
      seen.add(sent);
    }
    assertEquals(200, seen.size(), "200 distinct values, 200 distinct surrogates");
  }
}
