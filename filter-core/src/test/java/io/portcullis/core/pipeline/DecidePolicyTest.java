package io.portcullis.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.core.api.Api;
import io.portcullis.core.config.ProviderConfig;
import io.portcullis.core.config.ProviderStyle;
import io.portcullis.core.config.TenantConfig;
import io.portcullis.core.ops.ProxyMetrics;
import io.portcullis.policies.Decision;
import io.portcullis.policies.DecisionInput;
import io.portcullis.policies.PolicyClient;
import io.portcullis.policies.PolicyConfig;
import io.portcullis.policies.PolicyUnavailableException;
import io.portcullis.policies.PolicyUnavailableException.Why;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the proxy does without a decision, for a tenant configured to fail open: an outage lets it go
 * ahead (noted), but OPA answering "undefined" is a deny. The client's side of these failures is
 * tested against a real OPA in the policies module (FailureModesTest); here only the stage's response.
 */
class DecidePolicyTest {

  /** A policy engine that answers every question with the same failure. */
  private record Failing(Why why) implements PolicyClient {
    @Override
    public Future<Decision> decide(DecisionInput input) {
      return Future.failedFuture(new PolicyUnavailableException(why, "test: " + why));
    }

    @Override
    public double cacheHitRatio() {
      return 0;
    }

    @Override
    public String currentRevision() {
      return null;
    }

    @Override
    public void close() {
    }
  }

  private static Exchange failOpenTenantsExchange() {
    Exchange ex = new Exchange("r1", Api.OPENAI_CHAT,
        new TenantConfig("t", "CN", List.of("k"), Map.of(DecidePolicy.FAIL_OPEN_ATTRIBUTE, "fail-open")), Buffer.buffer(), 0);
    ex.provider(new ProviderConfig("p", ProviderStyle.OPENAI, URI.create("http://127.0.0.1:1"), "US", null,
        Optional.empty(), List.of("m"), Map.of(), Optional.empty(), Map.of()));
    ex.model("m");
    ex.requestFindings(List.of());
    return ex;
  }

  private static Exchange decide(Why why) {
    Exchange ex = failOpenTenantsExchange();
    new DecidePolicy(new Failing(why), PolicyConfig.OnError.FAIL_CLOSED, new ProxyMetrics(), List.of("PERSON")).apply(ex);
    return ex;
  }

  @Test
  void anUndefinedDecisionIsADenyEvenForAFailOpenTenant() {
    Exchange ex = decide(Why.UNDEFINED);
    assertTrue(ex.refusal() != null, "refused");
    assertEquals(451, ex.refusal().status());
    assertEquals("policy_undefined", ex.refusal().code());
    assertNull(ex.policyNote(), "not let through as an outage");
  }

  @Test
  void anOutageLetsAFailOpenTenantThroughNoted() {
    Exchange ex = decide(Why.UNREACHABLE);
    assertNull(ex.refusal());
    assertEquals("fail-open: unreachable", ex.policyNote());
    assertEquals("fail-open; no decision (unreachable)", ex.responseHeaders().get(DecidePolicy.POLICY_HEADER),
        "the caller is told, with or without debug headers");
  }
}
