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
    count("portcullis_requests", "Requests answered, by API, provider and HTTP status", "api", api, "provider", provider, "status", Integer.toString(status));
  }

  public void finding(String type, String direction) {
    count("portcullis_findings", "Entities found, by entity type and direction (request text, answer text)", "type", type, "direction", direction);
  }

  public void decision(String action, String api) {
    count("portcullis_decisions", "Policy decisions by action", "action", action, "api", api);
  }

  public void policyUnavailable(String why, boolean failedOpen) {
    count("portcullis_policy_unavailable", "Exchanges without a policy decision (OPA down, slow, undefined, garbage)", "why", why, "outcome", failedOpen ? "forwarded_fail_open" : "refused");
  }

  public void auditFailure(String kind) {
    count("portcullis_audit_failures", "Audit records that could not be made durable, by kind (decision refusals are 503s)", "kind", kind);
  }

  public void upstreamError(String provider, String kind) {
    count("portcullis_upstream_errors", "Failures talking to providers: connect, timeout, reset, mid-stream", "provider", provider, "kind", kind);
  }

  /**
   * Tokens that crossed from one region to another: the figure a token platform bills and a regulator
   * asks for. {@code source}: reported (by the provider), counted (the model's own OpenAI encoding) or
   * estimated (another vendor's model, counted with o200k_base as an approximation).
   */
  public void tokens(String direction, String originRegion, String destinationRegion, String source, long n) {
    Counter.builder("portcullis_tokens")
        .description("LLM tokens by direction (input, output) and origin -> destination region pair")
        .tags("direction", direction, "origin", originRegion, "destination", destinationRegion, "source", source)
        .register(registry)
        .increment(n);
  }

  public void answerRedactions(int n) {
    Counter.builder("portcullis_answer_redactions")
        .description("Values the response policy redacted from answers (personal data or secrets the caller did not send)")
        .register(registry)
        .increment(n);
  }

  /** One increment of a counter; Micrometer returns the registered meter for the same name and tags. */
  private void count(String name, String description, String... tags) {
    Counter.builder(name).description(description).tags(tags).register(registry).increment();
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
