package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 100 streams at once, each with its own text: every caller gets exactly its own answer, whole. */
class ConcurrentStreamsTest {
  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture();

  @Test
  void hundredConcurrentStreamsNeverCrossTalk() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String body = "{\"model\":\"demo-gpt\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"caller number " + i + "\"}]}";
      HttpRequest req = HttpRequest.newBuilder(URI.create(fx.baseUrl + "/v1/chat/completions"))
          .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + ProxyFixture.CN_KEY)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
      calls.add(Http.CLIENT.sendAsync(req, HttpResponse.BodyHandlers.ofString()));
    }
    for (int i = 0; i < 100; i++) {
      HttpResponse<String> r = calls.get(i).get(60, TimeUnit.SECONDS);
      assertEquals(200, r.statusCode(), r.body());
      StringBuilder text = new StringBuilder();
      boolean done = false;
      for (String event : r.body().split("\n\n")) {
        String data = event.strip().substring("data: ".length());
        if (data.equals("[DONE]")) {
          done = true;
          continue;
        }
        JsonNode delta = Http.JSON.readTree(data).path("choices").path(0).path("delta");
        text.append(delta.path("content").asText(""));
      }
      assertEquals("You said: caller number " + i, text.toString());
      assertEquals(true, done, "stream " + i + " ended with [DONE]");
    }
  }
}
