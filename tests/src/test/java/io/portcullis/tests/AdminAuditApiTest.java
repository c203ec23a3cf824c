package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Auditors search, aggregate and verify over HTTP; scoped auditors see only their tenant; every look is on the trail. */
class AdminAuditApiTest {
  static final String AUDITOR = "ak-regulator-000000001";
  static final String CN_DPO = "ak-acme-cn-dpo-0000001";

  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture(() -> "",
      () -> "policy: { opa-url: \"" + ProxyFixture.opaUrl() + "\", timeout-ms: 2000 }\n"
          + "audit: { spool-dir: \"" + tempDir() + "/spool\", instance: admin-1 }\n"
          + "auditors:\n  - { id: regulator, api-keys: [ \"" + AUDITOR + "\" ] }\n"
          + "  - { id: acme-dpo, api-keys: [ \"" + CN_DPO + "\" ], tenant: acme-cn }");

  static Path tempDir() {
    try {
      return Files.createTempDirectory("portcullis-admin-audit");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static HttpResponse<String> admin(String path, String key) throws Exception {
    return Http.get(fx.baseUrl + "/admin/v1/audit/" + path, key);
  }

  private static void waitShipped() throws InterruptedException {
    var trail = fx.server.audit().orElseThrow();
    long deadline = System.currentTimeMillis() + 20_000;
    while (!trail.log().shippedEverything() && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
  }

  @Test
  void auditorsSearchAggregateVerifyAndAreThemselvesAudited() throws Exception {
    String id = PseudonymizeRestoreTest.residentId(3030);
    HttpResponse<String> cn = Http.postJson(fx.chat, ProxyFixture.CN_KEY,
        "{\"model\":\"demo-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"身份证号" + id + "\"}]}");
    Http.postJson(fx.chat, ProxyFixture.US_KEY, "{\"model\":\"demo-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}");
    assertEquals(200, cn.statusCode(), cn.body());
    waitShipped();

    assertEquals(401, admin("records", null).statusCode());
    assertEquals(401, admin("records", ProxyFixture.CN_KEY).statusCode(), "a tenant key is not an auditor key");

    JsonNode byValue = Http.json(admin("records?value=" + id, AUDITOR));
    assertEquals(1, byValue.path("records").size(), byValue.toString());
    assertEquals(cn.headers().firstValue("x-request-id").orElseThrow(), byValue.path("records").get(0).path("request_id").asText());

    JsonNode agg = Http.json(admin("aggregations?kind=decision", AUDITOR));
    assertTrue(agg.path("by_route").toString().contains("CN"), agg.toString());
    assertTrue(agg.path("by_entity_type").toString().contains("CN_RESIDENT_ID"), agg.toString());

    JsonNode verify = Http.json(admin("verify?instance=admin-1", AUDITOR));
    assertTrue(verify.path("intact").asBoolean(), verify.toString());
    assertTrue(Http.json(admin("keys", AUDITOR)).path("keys").get(0).path("pem").asText().contains("BEGIN PUBLIC KEY"));

    assertEquals(403, admin("records?tenant=acme-us", CN_DPO).statusCode());
    JsonNode scoped = Http.json(admin("records?kind=decision", CN_DPO));
    assertTrue(scoped.path("records").size() >= 1);
    scoped.path("records").forEach(r -> assertEquals("acme-cn", r.path("tenant").asText()));

    waitShipped();
    JsonNode access = Http.json(admin("records?kind=access&size=100", AUDITOR));
    assertTrue(access.toString().contains("auditor:regulator") && access.toString().contains("auditor:acme-dpo"), access.toString());
    assertTrue(access.toString().contains("filter:value"), "the filters used are on record: " + access);
  }
}
