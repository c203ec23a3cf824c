package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /admin/v1/dictionaries/reload} for operators whose config management writes the lists:
 * polling is off here, so only the endpoint reloads. No policy section: no OPA needed.
 */
class DictionaryReloadEndpointTest {
  static final String ADMIN = "ak-operator-00000000001";
  static final String TENANT_AUDITOR = "ak-acme-dpo-00000000001";
  static final Path DIR = TermListFiles.newDirectory("asthma.terms", "asthma");
  static final Path SPOOL = Path.of("target").toAbsolutePath().resolve("reload-audit-" + System.nanoTime());

  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture(() -> "",
      () -> "auditors:\n  - { id: operator, api-keys: [ \"" + ADMIN + "\" ] }\n"
          + "  - { id: acme-dpo, api-keys: [ \"" + TENANT_AUDITOR + "\" ], tenant: acme-cn }\n"
          + "audit: { spool-dir: \"" + SPOOL + "\", instance: reload-1 }",
      () -> "dictionaries: \"" + DIR + "\", dictionaries-poll-ms: 0");

  private static HttpResponse<String> reload(String key) throws Exception {
    return Http.post(fx.baseUrl + "/admin/v1/dictionaries/reload", key, null, new byte[0]);
  }

  @Test
  void reloadsOnRequestAndAnswersWhatIsWrongWithABrokenList() throws Exception {
    TermListFiles.write(DIR, "rare.terms", "MEDICAL_CONDITION", "frobnitis");
    assertEquals(List.of(), TermListFiles.found(fx, ADMIN, "frobnitis"), "not polled: nothing happens by itself");

    HttpResponse<String> r = reload(ADMIN);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(Http.JSON.readTree("{\"outcome\":\"ok\",\"terms\":2,\"previous_terms\":1}"), Http.json(r));
    assertEquals(List.of("exact match of 'frobnitis' from rare.terms"), TermListFiles.found(fx, ADMIN, "frobnitis"));

    Files.writeString(DIR.resolve("zh.terms"), "type: MEDICAL_CONDITION\nlanguage: zh\nmatch: phrase\n---\n糖尿病\n癌\n");
    r = reload(ADMIN);
    assertEquals(422, r.statusCode(), r.body());
    JsonNode body = Http.json(r);
    assertEquals("rejected", body.path("outcome").asText());
    assertEquals(2, body.path("terms").asInt(), "the previous terms stay active");
    assertTrue(body.path("problem").asText().endsWith("zh.terms:6: Chinese term '癌' needs at least two characters"),
        body.toString());
    assertEquals(List.of("exact match of 'frobnitis' from rare.terms"), TermListFiles.found(fx, ADMIN, "frobnitis"));
    String metrics = Http.get(fx.baseUrl + "/metrics", null).body();
    assertTrue(metrics.contains("portcullis_dictionary_reloads_total{outcome=\"rejected\"} 1.0"), metrics);

    // Both reloads are in the audit trail, with who asked and how it went: the lists decide what is found.
    io.portcullis.core.audit.AuditTrail trail = fx.server.audit().orElseThrow();
    long deadline = System.currentTimeMillis() + 20_000;
    while (!trail.log().shippedEverything() && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    List<List<String>> reloads = trail.store().search(io.portcullis.audit.store.AuditQuery.builder().kind("access").build())
        .records().stream().filter(a -> a.api().equals("admin/dictionaries/reload")).map(a -> a.reasonCodes()).toList();
    assertEquals(2, reloads.size(), reloads.toString());
    assertTrue(reloads.get(0).containsAll(List.of("trigger:/admin/v1/dictionaries/reload by operator", "outcome:ok", "terms:2")),
        reloads.toString());
    assertTrue(reloads.get(1).contains("outcome:rejected") && reloads.get(1).stream().anyMatch(c -> c.startsWith("problem:")
        && c.endsWith("zh.terms:6: Chinese term '癌' needs at least two characters")), reloads.toString());
  }

  @Test
  void onlyAdminsForAllTenantsMayReload() throws Exception {
    assertEquals(401, reload(null).statusCode());
    assertEquals(401, reload(ProxyFixture.US_KEY).statusCode(), "tenants cannot call admin endpoints");
    HttpResponse<String> r = reload(TENANT_AUDITOR);
    assertEquals(403, r.statusCode(), r.body());
    assertTrue(r.body().contains("tenant_out_of_scope"), r.body());
  }
}
