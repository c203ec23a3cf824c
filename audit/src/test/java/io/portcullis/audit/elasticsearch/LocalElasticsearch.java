package io.portcullis.audit.elasticsearch;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Elasticsearch the test run brought up ({@code deploy/test.d/40-services.sh} exports
 * PORTCULLIS_ES_URL; by hand: {@code . deploy/lib/services.sh && portcullis_services_up}). Each test class
 * gets its own indices. Unreachable: the test is aborted on a developer machine, but FAILS under CI=true,
 * where a missing cluster is a broken pipeline, not a reason to pass.
 */
final class LocalElasticsearch {
    static final String URL = System.getenv().getOrDefault("PORTCULLIS_ES_URL", "http://127.0.0.1:9200");

    private LocalElasticsearch() {
    }

    static ElasticsearchSettings freshSettings() {
        return ElasticsearchSettings.of(URL)
                .withIndex(AuditIndexTemplates.INDEX_PREFIX + "-test-" + UUID.randomUUID().toString().substring(0, 8));
    }

    static ElasticsearchAuditStore open(ElasticsearchSettings settings) {
        try {
            return ElasticsearchAuditStore.open(settings);
        } catch (IOException e) {
            String why = "no Elasticsearch at " + URL + " (start it: . deploy/lib/services.sh && portcullis_services_up): "
                    + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why, e);
            }
            Assumptions.abort(why);
            throw new AssertionError("unreachable");
        }
    }

    /** Removes a test's indices (repeated runs must not pile up data on the shared cluster) and closes the store. */
    static void dropAndClose(ElasticsearchAuditStore store) throws IOException {
        if (store == null) {
            return;
        }
        try (store) {
            ElasticsearchSettings s = store.settings();
            store.client().indices().delete(d -> d.index(s.index(), s.checkpointIndex()).ignoreUnavailable(true));
        }
    }
}
