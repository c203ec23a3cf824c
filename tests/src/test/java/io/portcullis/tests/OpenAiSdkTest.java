package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.Model;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStreamEvent;
import io.portcullis.core.standin.StandInProvider;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The official OpenAI Java SDK, pointed at Portcullis, works for every OpenAI endpoint, streaming and not. */
class OpenAiSdkTest {
  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture();
  static OpenAIClient client;

  @BeforeAll
  static void start() {
    client = OpenAIOkHttpClient.builder().baseUrl(fx.baseUrl + "/v1").apiKey(ProxyFixture.CN_KEY).maxRetries(0).build();
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  private static ChatCompletionCreateParams chat(String text) {
    return ChatCompletionCreateParams.builder().model("demo-gpt").addSystemMessage("Be brief.").addUserMessage(text).build();
  }

  @Test
  void chatCompletion() {
    ChatCompletion c = client.chat().completions().create(chat("Bonjour, 你好 👋"));
    assertEquals("You said: Bonjour, 你好 👋", c.choices().get(0).message().content().orElseThrow());
    StandInProvider.Received r = fx.provider.received().getLast();
    assertEquals("Bearer sk-provider-secret", r.authorization(), "the provider's key goes upstream");
    assertFalse(r.body().toString().contains(ProxyFixture.CN_KEY), "the caller's key never goes upstream");
  }

  @Test
  void chatCompletionStreams() {
    StringBuilder text = new StringBuilder();
    int chunks = 0;
    try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(chat("stream me please"))) {
      for (ChatCompletionChunk c : (Iterable<ChatCompletionChunk>) s.stream()::iterator) {
        chunks++;
        c.choices().forEach(ch -> ch.delta().content().ifPresent(text::append));
      }
    }
    assertEquals("You said: stream me please", text.toString());
    assertTrue(chunks > 10, "answer arrived as many small deltas, not one buffered blob: " + chunks);
  }

  @Test
  void legacyCompletionsBothWays() {
    CompletionCreateParams p = CompletionCreateParams.builder().model("demo-gpt-instruct").prompt("complete this").build();
    Completion c = client.completions().create(p);
    assertEquals("You said: complete this", c.choices().get(0).text());
    StringBuilder text = new StringBuilder();
    try (StreamResponse<Completion> s = client.completions().createStreaming(p)) {
      s.stream().forEach(x -> x.choices().forEach(ch -> text.append(ch.text())));
    }
    assertEquals("You said: complete this", text.toString());
  }

  @Test
  void embeddings() {
    CreateEmbeddingResponse e = client.embeddings().create(
        EmbeddingCreateParams.builder().model("demo-embed").input("embed this text").build());
    assertEquals(8, e.data().get(0).embedding().size());
  }

  @Test
  void responsesBothWays() {
    ResponseCreateParams p = ResponseCreateParams.builder().model("demo-gpt").instructions("Be brief.")
        .input("answer with responses").build();
    Response r = client.responses().create(p);
    String text = r.output().get(0).asMessage().content().get(0).asOutputText().text();
    assertEquals("You said: answer with responses", text);
    StringBuilder streamed = new StringBuilder();
    boolean[] completed = {false};
    try (StreamResponse<ResponseStreamEvent> s = client.responses().createStreaming(p)) {
      s.stream().forEach(ev -> {
        ev.outputTextDelta().ifPresent(d -> streamed.append(d.delta()));
        ev.completed().ifPresent(c -> completed[0] = true);
      });
    }
    assertEquals("You said: answer with responses", streamed.toString());
    assertTrue(completed[0], "the stream ends with response.completed");
  }

  @Test
  void modelsAreMergedAndFilteredToWhatIsRouted() {
    List<String> ids = client.models().list().data().stream().map(Model::id).toList();
    assertTrue(ids.contains("demo-gpt"), ids.toString());
    assertTrue(ids.contains("demo-claude"), ids.toString());
    assertFalse(ids.contains("unrelated-model"), "models no provider serves through Portcullis are not listed: " + ids);
  }
}
