package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Findings are counted for requests and answers, and shown in headers only when debug headers are on. */
class DebugAndAnswerFindingsTest {
  @RegisterExtension
  static final ProxyFixture fx = new ProxyFixture(() -> "debug-headers: true", () -> "");

  @Test
  void debugHeadersShowTypesAndCountsNeverValues() throws Exception {
    HttpResponse<String> r = Http.postJson(fx.chat, ProxyFixture.US_KEY,
        "{\"model\":\"demo-gpt\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"mail jane.doe@example.org or call +1 415 555 2671\"}]}");
    assertEquals(200, r.statusCode(), r.body());
    String findings = r.headers().firstValue("x-portcullis-findings").orElseThrow();
    assertTrue(findings.contains("EMAIL_ADDRESS=1"), findings);
    assertTrue(findings.contains("PHONE_NUMBER=1"), findings);
    assertEquals("none", r.headers().firstValue("x-portcullis-decision").orElseThrow(), "no policy configured here");

    // The stand-in echoes the text back in 1-3 character deltas: the answer's email is counted whole.
    String metrics = Http.metricsOnce(fx.baseUrl, "portcullis_findings_total{direction=\"answer\",type=\"EMAIL_ADDRESS\"}");
    assertTrue(metrics.contains("portcullis_findings_total{direction=\"answer\",type=\"EMAIL_ADDRESS\"} 1.0"), metrics);
    assertTrue(metrics.contains("portcullis_findings_total{direction=\"request\",type=\"EMAIL_ADDRESS\"} 1.0"), metrics);
  }
}
