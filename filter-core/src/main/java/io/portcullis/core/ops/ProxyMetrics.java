package io.portcullis.core.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * The proxy's Prometheus metrics. Names follow Prometheus conventions; labels are bounded sets
 * (API, provider id, status class) so cardinality cannot grow with traffic.
 */
public final class ProxyMetrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public String scrape() {
    return registry.scrape();
  }

  public void request(String api, String provider, int status, long startNanos) {
    Timer.builder("portcullis_request_duration")
        .description("Time from request received to response ended, per API and provider")
        .tags("api", api, "provider", provider)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofNanos(50_000))
        .maximumExpectedValue(Duration.ofMinutes(10))
        .register(registry)
        .record(System.nanoTime() - startNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    Counter.builder("portcullis_requests")
        .description("Requests answered, by API, provider and HTTP status")
        .tags("api", api, "provider", provider, "status", Integer.toString(status))
        .register(registry)
        .increment();
  }

  public void finding(String type, String direction) {
    Counter.builder("portcullis_findings")
        .description("Entities found, by entity type and direction (request text, answer text)")
        .tags("type", type, "direction", direction)
        .register(registry)
        .increment();
  }

  public void decision(String action, String api) {
    Counter.builder("portcullis_decisions")
        .description("Policy decisions by action")
        .tags("action", action, "api", api)
        .register(registry)
        .increment();
  }

  public void policyUnavailable(String why, boolean failedOpen) {
    Counter.builder("portcullis_policy_unavailable")
        .description("Exchanges without a policy decision (OPA down, slow, undefined, garbage)")
        .tags("why", why, "outcome", failedOpen ? "forwarded_fail_open" : "refused")
        .register(registry)
        .increment();
  }

  public void auditFailure(String kind) {
    Counter.builder("portcullis_audit_failures")
        .description("Audit records that could not be made durable, by kind (decision refusals are 503s)")
        .tags("kind", kind)
        .register(registry)
        .increment();
  }

  public void upstreamError(String provider, String kind) {
    Counter.builder("portcullis_upstream_errors")
        .description("Failures talking to providers: connect, timeout, reset, mid-stream")
        .tags("provider", provider, "kind", kind)
        .register(registry)
        .increment();
  }

  public void bytes(String direction, String provider, long n) {
    DistributionSummary.builder("portcullis_body_bytes")
        .description("Body bytes by direction (request = to provider, response = to caller)")
        .baseUnit("bytes")
        .tags("direction", direction, "provider", provider)
        .register(registry)
        .record(n);
  }
}
