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
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.store.AuditQuery;
import io.portcullis.audit.verify.AuditVerifier;
import io.portcullis.audit.verify.VerificationResult;
import io.portcullis.core.audit.AuditTrail;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mission with every real part at once: the real OPA decides, the audit trail ships to the real
 * Elasticsearch, the caller is the official OpenAI SDK (and an Anthropic-shaped client). A CN tenant
 * sends a resident ID to a US model: the provider never sees it, the streamed answer carries it back,
 * and the trail in Elasticsearch verifies, holds the decision, and holds no raw value.
 */
class MissionOnElasticsearchTest {
  /** One index per run: the cluster outlives test runs and serves other suites. */
  static final String INSTANCE = "mission-" + UUID.randomUUID().toString().substring(0, 8);
  static final Path DIR = tempDir();

  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture(() -> "",
      () -> "policy: { opa-url: \"" + ProxyFixture.opaUrl() + "\", timeout-ms: 2000 }\n"
          + "audit: { spool-dir: \"" + DIR.resolve("spool") + "\", instance: " + INSTANCE
          + ", elasticsearch: { url: \"" + ProxyFixture.esUrl() + "\" } }");

  static Path tempDir() {
    try {
      return Files.createTempDirectory("portcullis-mission-es");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void residentIdToAUsModelIsPseudonymizedRestoredAndVerifiablyRecordedInElasticsearch() throws Exception {
    String id = PseudonymizeRestoreTest.residentId(777);
    String otherId = PseudonymizeRestoreTest.residentId(778);
    fx.provider.clear();

    OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(fx.baseUrl + "/v1").apiKey(ProxyFixture.CN_KEY)
        .maxRetries(0).build();
    StringBuilder answer = new StringBuilder();
    try {
      ChatCompletionCreateParams p = ChatCompletionCreateParams.builder().model("demo-gpt")
          .addUserMessage("我的身份证号是" + id + "，请核对").build();
      try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(p)) {
        s.stream().forEach(c -> c.choices().forEach(ch -> ch.delta().content().ifPresent(answer::append)));
      }
    } finally {
      client.close();
    }
    assertEquals("You said: 我的身份证号是" + id + "，请核对", answer.toString(), "the original comes back");

    HttpResponse<String> anthropic = Http.anthropic(fx.baseUrl + "/v1/messages", ProxyFixture.CN_KEY,
        "{\"model\":\"demo-claude\",\"max_tokens\":64,\"stream\":true,"
            + "\"messages\":[{\"role\":\"user\",\"content\":\"身份证号" + otherId + "\"}]}");
    assertEquals(200, anthropic.statusCode(), anthropic.body());
    StringBuilder text = new StringBuilder();
    String last = "";
    for (String line : anthropic.body().split("\n")) {
      if (line.startsWith("data: ")) {
        JsonNode ev = Http.JSON.readTree(line.substring(6));
        last = ev.path("type").asText();
        text.append(ev.path("delta").path("text").asText(""));
      }
    }
    assertTrue(text.toString().contains(otherId), text.toString());
    assertEquals("message_stop", last);

    fx.provider.received().forEach(r -> {
      assertFalse(r.body().toString().contains(id), "the provider never sees the real ID: " + r.body());
      assertFalse(r.body().toString().contains(otherId), "nor the other one: " + r.body());
    });

    AuditTrail trail = fx.server.audit().orElseThrow();
    long deadline = System.currentTimeMillis() + 30_000;
    while (!trail.log().shippedEverything() && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(trail.log().shippedEverything(), "the shipper reached Elasticsearch");
    assertTrue(trail.store().getClass().getSimpleName().contains("Elasticsearch"), trail.store().getClass().getName());
    trail.store().refresh(); // what was shipped becomes searchable (Elasticsearch refreshes on its own each second)

    List<AuditRecord> decisions = trail.store().search(AuditQuery.builder().instance(INSTANCE).kind("decision").action("pseudonymize").size(100).build()).records();
    assertEquals(2, decisions.size(), decisions.toString());
    for (AuditRecord d : decisions) {
      assertEquals("CN", d.originRegion());
      assertEquals("US", d.destinationRegion());
      assertTrue(d.findings().stream().anyMatch(f -> f.type().equals("CN_RESIDENT_ID")), d.findings().toString());
      assertTrue(d.reasonCodes().stream().anyMatch(c -> c.startsWith("PIPL")), d.reasonCodes().toString());
    }
    // The auditor holding a value finds where it went, though the trail never stored it.
    assertEquals(1, trail.store().search(AuditQuery.builder().instance(INSTANCE).valueHmac(trail.hmac().hmac(id)).build()).records().size());
    for (AuditRecord r : trail.store().search(AuditQuery.builder().instance(INSTANCE).size(1000).build()).records()) {
      assertFalse(r.toString().contains(id) || r.toString().contains(otherId), "a raw value sits in the trail: " + r);
    }
    VerificationResult v = AuditVerifier.verify(trail.store(), trail.log().keys(), INSTANCE, null, null);
    assertTrue(v.intact(), v.summary());
    assertEquals(4, v.recordsChecked(), v.summary());
  }
}
