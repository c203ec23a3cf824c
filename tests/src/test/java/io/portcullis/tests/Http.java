package io.portcullis.tests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP as any gateway would speak it (the JDK's client), for shapes and errors SDKs hide. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  static HttpResponse<String> post(String url, String key, String contentType, byte[] body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> postJson(String url, String key, String json) throws Exception {
    return post(url, key, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static HttpResponse<String> anthropic(String url, String key, String json) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
        .header("x-api-key", key).header("anthropic-version", "2023-06-01").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    return CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String url, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The text of an OpenAI chat stream as an SDK would assemble it: every choice's content deltas, in order. */
  static String chatStreamText(String sse) throws Exception {
    StringBuilder text = new StringBuilder();
    for (String line : sse.split("\n")) {
      if (line.startsWith("data: {")) {
        for (JsonNode c : JSON.readTree(line.substring(6)).path("choices")) {
          text.append(c.path("delta").path("content").asText(""));
        }
      }
    }
    return text.toString();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  /**
   * The proxy's Prometheus text once it contains {@code series} (completion work runs after the
   * caller has its answer, so metrics about it appear a moment later), or the last scrape after 10 s.
   */
  static String metricsOnce(String baseUrl, String series) throws Exception {
    long deadline = System.currentTimeMillis() + 10_000;
    String metrics = "";
    while (System.currentTimeMillis() < deadline) {
      metrics = get(baseUrl + "/metrics", null).body();
      if (metrics.contains(series)) {
        break;
      }
      Thread.sleep(50);
    }
    return metrics;
  }
}
