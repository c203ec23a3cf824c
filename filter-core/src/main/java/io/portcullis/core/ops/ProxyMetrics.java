package io.portcullis.core.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;

/**
 * The proxy's Prometheus metrics. Names follow Prometheus conventions; labels are bounded sets
 * (API, provider id, status class) so cardinality cannot grow with traffic.
 *
 * <p>Meters are looked up once per label set and kept: registering through a builder on every call
 * (new tag arrays, sorted, a registry lookup) showed in pass-through profiles. The caches are as
 * bounded as the label sets.
 */
public final class ProxyMetrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<RequestKey, RequestMeters> requests = new ConcurrentHashMap<>();
  private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();
  private final Map<List<String>, DistributionSummary> bodyBytes = new ConcurrentHashMap<>();
  private final Map<String, Timer> stages = new ConcurrentHashMap<>();

  private record RequestKey(String api, String provider, int status) {}

  private record RequestMeters(Timer duration, Counter count) {}

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public String scrape() {
    return registry.scrape();
  }

  public void request(String api, String provider, int status, long startNanos) {
    RequestMeters m = requests.computeIfAbsent(new RequestKey(api, provider, status), k -> new RequestMeters(
        Timer.builder("portcullis_request_duration")
            .description("Time from request received to response ended, per API and provider")
            .tags("api", api, "provider", provider)
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofNanos(50_000))
            .maximumExpectedValue(Duration.ofMinutes(10))
            .register(registry),
        Counter.builder("portcullis_requests")
            .description("Requests answered, by API, provider and HTTP status")
            .tags("api", api, "provider", provider, "status", Integer.toString(status))
            .register(registry)));
    m.duration().record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    m.count().increment();
  }

  /** How long one request-path stage took (its waits included); the stage names are the pipeline's, a fixed set. */
  public void stage(String stage, long nanos) {
    stages.computeIfAbsent(stage, k -> Timer.builder("portcullis_stage_duration")
            .description("Time an exchange spent in each request-path stage (parse, route, extract, classify, decide, enforce, audit, refuse), waits included")
            .tags("stage", stage)
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofNanos(1_000))
            .maximumExpectedValue(Duration.ofSeconds(30))
            .register(registry))
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  /** The policy client's decision-cache hit ratio since start (a falling ratio means more OPA calls per exchange). */
  public void policyCache(DoubleSupplier hitRatio) {
    io.micrometer.core.instrument.Gauge.builder("portcullis_policy_cache_hit_ratio", hitRatio, DoubleSupplier::getAsDouble)
        .description("Share of policy decisions answered from the decision cache since start (0..1)")
        .strongReference(true) // the method reference is held by nothing else; weakly held it would be collected
        .register(registry);
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
   * estimated (another vendor's model: one token per CJK character and per four others, see TokenMeter).
   */
  public void tokens(String direction, String originRegion, String destinationRegion, String source, long n) {
    counters.computeIfAbsent(List.of("portcullis_tokens", direction, originRegion, destinationRegion, source),
        k -> Counter.builder("portcullis_tokens")
            .description("LLM tokens by direction (input, output) and origin -> destination region pair")
            .tags("direction", direction, "origin", originRegion, "destination", destinationRegion, "source", source)
            .register(registry))
        .increment(n);
  }

  public void answerRedactions(int n) {
    Counter.builder("portcullis_answer_redactions")
        .description("Values the response policy redacted from answers (personal data or secrets the caller did not send)")
        .register(registry)
        .increment(n);
  }

  /**
   * The dictionary series, registered when the proxy starts with dictionaries: both reload outcomes
   * at 0, so an alert on {@code increase(...{outcome="rejected"}[...]) > 0} fires on the first
   * rejection too (a series that first appears at 1 shows no increase), and the active term count.
   */
  public void dictionaries(IntSupplier activeTerms) {
    dictionaryReloads("ok");
    dictionaryReloads("rejected");
    Gauge.builder("portcullis_dictionary_terms", activeTerms::getAsInt)
        .description("Dictionary terms the classifier matches now (after the last successful reload)")
        .register(registry);
  }

  /** A dictionary reload's outcome: ok (swapped in) or rejected (a broken list; the previous terms stay). */
  public void dictionaryReload(boolean ok) {
    dictionaryReloads(ok ? "ok" : "rejected").increment();
  }

  private Counter dictionaryReloads(String outcome) {
    return counter("portcullis_dictionary_reloads",
        "Dictionary reloads by outcome: ok (swapped in) or rejected (a list is broken; the previous terms stay active)",
        "outcome", outcome);
  }

  /** One increment of the counter for this name and tags (name, then tag keys and values alternating). */
  private void count(String name, String description, String... tags) {
    counter(name, description, tags).increment();
  }

  private Counter counter(String name, String description, String... tags) {
    String[] key = new String[tags.length + 1];
    key[0] = name;
    System.arraycopy(tags, 0, key, 1, tags.length);
    return counters.computeIfAbsent(List.of(key), k -> Counter.builder(name).description(description).tags(tags).register(registry));
  }

  public void bytes(String direction, String provider, long n) {
    bodyBytes.computeIfAbsent(List.of(direction, provider), k -> DistributionSummary.builder("portcullis_body_bytes")
            .description("Body bytes by direction (request = to provider, response = to caller)")
            .baseUnit("bytes")
            .tags("direction", direction, "provider", provider)
            .register(registry))
        .record(n);
  }
}
