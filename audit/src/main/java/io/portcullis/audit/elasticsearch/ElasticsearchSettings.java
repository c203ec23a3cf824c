package io.portcullis.audit.elasticsearch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the Elasticsearch audit store writes. {@code index} names the records index (it must
 * start with {@value AuditIndexTemplates#INDEX_PREFIX} so the template's strict mapping applies); the
 * checkpoints live beside it in {@code <index>-checkpoints}.
 *
 * <p>Bounds: every HTTP call gives up after {@code requestTimeout}; a bulk item that meets 429 or 5xx is
 * retried {@code maxAttempts - 1} times with exponential backoff from {@code initialBackoff} (doubling, capped
 * at {@code maxBackoff}), then {@link ElasticsearchAuditStore#append} fails and the caller (the spool shipper)
 * keeps the records and tries again later.
 */
public record ElasticsearchSettings(URI url, String index, Duration connectTimeout, Duration requestTimeout,
        int maxAttempts, Duration initialBackoff, Duration maxBackoff, int bulkMaxOperations, int bulkConcurrentRequests,
        Duration flushInterval) {

    public static final String DEFAULT_INDEX = "portcullis-audit";

    public ElasticsearchSettings {
        Objects.requireNonNull(url, "url");
        if (index == null || !index.startsWith(AuditIndexTemplates.INDEX_PREFIX)
                || index.endsWith(AuditIndexTemplates.CHECKPOINTS_SUFFIX)) {
            throw new IllegalArgumentException("index must start with " + AuditIndexTemplates.INDEX_PREFIX
                    + " and not end with " + AuditIndexTemplates.CHECKPOINTS_SUFFIX + ": " + index);
        }
        if (maxAttempts < 1 || bulkMaxOperations < 1 || bulkConcurrentRequests < 1) {
            throw new IllegalArgumentException("maxAttempts, bulkMaxOperations and bulkConcurrentRequests must be >= 1");
        }
    }

    /** Defaults for one cluster URL, e.g. {@code http://127.0.0.1:9200}. */
    public static ElasticsearchSettings of(String url) {
        return new ElasticsearchSettings(URI.create(url), DEFAULT_INDEX, Duration.ofSeconds(5), Duration.ofSeconds(30),
                6, Duration.ofMillis(100), Duration.ofSeconds(5), 1000, 1, Duration.ofMillis(50)); // one bulk in flight:
        // two cores shared with the proxy and the node; a bigger cluster may want more (withBulk)
    }

    public ElasticsearchSettings withIndex(String name) {
        return new ElasticsearchSettings(url, name, connectTimeout, requestTimeout, maxAttempts, initialBackoff,
                maxBackoff, bulkMaxOperations, bulkConcurrentRequests, flushInterval);
    }

    public ElasticsearchSettings withRetries(int attempts, Duration initial, Duration max) {
        return new ElasticsearchSettings(url, index, connectTimeout, requestTimeout, attempts, initial, max,
                bulkMaxOperations, bulkConcurrentRequests, flushInterval);
    }

    /** Documents per bulk request and bulk requests in flight at once. */
    public ElasticsearchSettings withBulk(int maxOperations, int concurrentRequests) {
        return new ElasticsearchSettings(url, index, connectTimeout, requestTimeout, maxAttempts, initialBackoff,
                maxBackoff, maxOperations, concurrentRequests, flushInterval);
    }

    public String checkpointIndex() {
        return index + AuditIndexTemplates.CHECKPOINTS_SUFFIX;
    }
}
