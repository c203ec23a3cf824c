package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.store.AuditQuery;
import io.portcullis.audit.verify.AuditVerifier;
import io.portcullis.audit.verify.VerificationResult;
import io.portcullis.core.audit.AuditTrail;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every exchange through the proxy leaves a signed, chained decision record before anything leaves
 * and a completion record after, in the embedded store; the trail verifies, and holds no raw value.
 */
class AuditedExchangeTest {
  static final Path DIR = tempDir();

  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture(() -> "",
      () -> "policy: { opa-url: \"" + ProxyFixture.opaUrl() + "\", timeout-ms: 2000 }\n"
          + "audit: { spool-dir: \"" + DIR.resolve("spool") + "\", instance: e2e-1 }");

  static Path tempDir() {
    try {
      return Files.createTempDirectory("portcullis-audit-e2e");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String ask(String text) {
    return "{\"model\":\"demo-gpt\",\"messages\":[{\"role\":\"user\",\"content\":" + Http.JSON.valueToTree(text) + "}]}";
  }

  private static List<AuditRecord> byRequest(AuditTrail trail, String requestId) throws Exception {
    return trail.store().search(AuditQuery.builder().requestId(requestId).build()).records();
  }

  @Test
  void everyExchangeIsRecordedVerifiablyWithoutItsValues() throws Exception {
    String id = PseudonymizeRestoreTest.residentId(2024);
    String key = "AKIAIOSFODNN7EXAMPLE";
    HttpResponse<String> allowed = Http.postJson(fx.chat, ProxyFixture.US_KEY, ask("What is the capital of France?"));
    HttpResponse<String> pseudonymized = Http.postJson(fx.chat, ProxyFixture.CN_KEY, ask("身份证号" + id));
    HttpResponse<String> denied = Http.postJson(fx.chat, ProxyFixture.US_KEY, ask("use key " + key));
    assertEquals(200, allowed.statusCode(), allowed.body());
    assertEquals(200, pseudonymized.statusCode(), pseudonymized.body());
    assertEquals(451, denied.statusCode(), denied.body());

    AuditTrail trail = fx.server.audit().orElseThrow();
    long deadline = System.currentTimeMillis() + 20_000;
    while (!trail.log().shippedEverything() && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(trail.log().shippedEverything(), "the shipper caught up");

    List<AuditRecord> p = byRequest(trail, pseudonymized.headers().firstValue("x-request-id").orElseThrow());
    AuditRecord decision = p.stream().filter(r -> r.kind().wire().equals("decision")).findFirst().orElseThrow();
    AuditRecord completion = p.stream().filter(r -> r.kind().wire().equals("completion")).findFirst().orElseThrow();
    assertEquals("pseudonymize", decision.action());
    assertEquals("acme-cn", decision.tenant());
    assertEquals("CN", decision.originRegion());
    assertEquals("US", decision.destinationRegion());
    assertTrue(decision.findings().stream().anyMatch(f -> f.type().equals("CN_RESIDENT_ID") && f.count() == 1), decision.findings().toString());
    assertTrue(decision.reasonCodes().stream().anyMatch(c -> c.startsWith("PIPL")), decision.reasonCodes().toString());
    assertTrue(decision.policyRevision().startsWith("sha256:"), decision.policyRevision());
    assertEquals(200, completion.status());
    assertTrue(completion.outputTokens() != null && completion.outputTokens() > 0, "tokens reported by the provider are kept");

    List<AuditRecord> d = byRequest(trail, denied.headers().firstValue("x-request-id").orElseThrow());
    assertTrue(d.stream().anyMatch(r -> r.action().equals("deny") && r.kind().wire().equals("decision")), d.toString());
    assertTrue(d.stream().anyMatch(r -> r.kind().wire().equals("completion") && r.status() == 451), d.toString());

    // An auditor holding the value can find where it went, though the trail never stored it.
    List<AuditRecord> found = trail.store().search(AuditQuery.builder().valueHmac(trail.hmac().hmac(id)).build()).records();
    assertEquals(1, found.size(), found.toString());
    assertEquals(decision.id(), found.get(0).id());

    for (AuditRecord r : trail.store().search(AuditQuery.builder().size(1000).build()).records()) {
      assertFalse(r.toString().contains(id) || r.toString().contains(key), "a raw value sits in the trail: " + r);
    }
    try (Stream<Path> files = Files.walk(DIR)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains(key) || bytes.contains(id.substring(0, 17)), "raw value on disk in " + f);
      }
    }

    VerificationResult v = AuditVerifier.verify(trail.store(), trail.log().keys(), "e2e-1", null, null);
    assertTrue(v.intact(), v.summary());
    assertTrue(v.recordsChecked() >= 6, v.summary());
  }

  /**
   * A CN tenant allowed to reroute sends a resident ID and a card number: the exchange moves in-region,
   * where the resident ID may go, but PCI DSS still forbids the card number in clear, so the provider
   * gets a surrogate. The decision record names where the caller asked to go and where it went.
   */
  @Test
  void rerouteStillMasksTheCardNumberAndTheRecordNamesBothProviders() throws Exception {
    String id = PseudonymizeRestoreTest.residentId(1990);
    String card = "4111 1111 1111 1111";
    fx.provider.clear();
    HttpResponse<String> r = Http.postJson(fx.chat, "pk-cn-reroute-1", ask("身份证号" + id + "，卡号 " + card + "，帮我查一下"));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("standin-openai/demo-gpt -> standin-cn/demo-cn-chat", r.headers().firstValue("x-portcullis-rerouted").orElseThrow());
    String sent = fx.provider.received().getLast().body().path("messages").path(0).path("content").asText();
    assertTrue(sent.contains(id), "in-region, the resident ID travels: " + sent);
    assertFalse(sent.replace(" ", "").contains(card.replace(" ", "")), "the card number never leaves in clear: " + sent);

    AuditTrail trail = fx.server.audit().orElseThrow();
    long deadline = System.currentTimeMillis() + 20_000;
    while (!trail.log().shippedEverything() && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    AuditRecord decision = byRequest(trail, r.headers().firstValue("x-request-id").orElseThrow()).stream()
        .filter(x -> x.kind().wire().equals("decision")).findFirst().orElseThrow();
    assertEquals("reroute", decision.action());
    assertEquals("standin-openai/demo-gpt", decision.reroutedFrom());
    assertEquals("standin-cn", decision.provider());
    assertEquals("demo-cn-chat", decision.model());
    assertEquals("CN", decision.destinationRegion());
    assertTrue(decision.reasonCodes().containsAll(List.of("PIPL_SPI_REROUTE", "PCI_PAN_IN_CLEAR")), decision.reasonCodes().toString());
  }
}
