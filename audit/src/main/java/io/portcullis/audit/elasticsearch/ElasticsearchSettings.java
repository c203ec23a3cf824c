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
        int maxAttempts, Duration initialBackoff, Duration maxBackoff, int bulkMaxOperations, Duration flushInterval) {

    public static final String DEFAULT_INDEX = "portcullis-audit";

    public ElasticsearchSettings {
        Objects.requireNonNull(url, "url");
        if (index == null || !index.startsWith(AuditIndexTemplates.INDEX_PREFIX)
                || index.endsWith(AuditIndexTemplates.CHECKPOINTS_SUFFIX)) {
            throw new IllegalArgumentException("index must start with " + AuditIndexTemplates.INDEX_PREFIX
                    + " and not end with " + AuditIndexTemplates.CHECKPOINTS_SUFFIX + ": " + index);
        }
        if (maxAttempts < 1 || bulkMaxOperations < 1) {
            throw new IllegalArgumentException("maxAttempts and bulkMaxOperations must be >= 1");
        }
    }

    /** Defaults for one cluster URL, e.g. {@code http://127.0.0.1:9200}. */
    public static ElasticsearchSettings of(String url) {
        return new ElasticsearchSettings(URI.create(url), DEFAULT_INDEX, Duration.ofSeconds(5), Duration.ofSeconds(30),
                6, Duration.ofMillis(100), Duration.ofSeconds(5), 1000, Duration.ofMillis(50));
    }

    public ElasticsearchSettings withIndex(String name) {
        return new ElasticsearchSettings(url, name, connectTimeout, requestTimeout, maxAttempts, initialBackoff,
                maxBackoff, bulkMaxOperations, flushInterval);
    }

    public ElasticsearchSettings withRetries(int attempts, Duration initial, Duration max) {
        return new ElasticsearchSettings(url, index, connectTimeout, requestTimeout, attempts, initial, max,
                bulkMaxOperations, flushInterval);
    }

    public String checkpointIndex() {
        return index + AuditIndexTemplates.CHECKPOINTS_SUFFIX;
    }
}
