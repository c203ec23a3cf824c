package io.portcullis.audit.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes documents with bulk {@code create} operations through a {@link BulkIngester}, one future per
 * document. {@code create} with a content-derived {@code _id} makes writes idempotent: a 409 conflict means
 * the document is already there, which counts as success, so replaying a spool never duplicates.
 *
 * <p>Retries are ours, not the ingester's: its policy covers only per-item 429s, while a cluster that is
 * restarting answers 503s or refuses connections. Items failing with 429 or 5xx, and whole requests failing
 * with anything but a 4xx client error, go back into the ingester after an exponential backoff, up to
 * {@code maxAttempts}; then the document's future fails and the caller keeps it for later.
 */
final class BulkCreateWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BulkCreateWriter.class);

    /** One document on its way, with how many times it has been sent. */
    private record Pending(String index, String id, ObjectNode doc, CompletableFuture<Void> done, int attempt) {
        Pending next() {
            return new Pending(index, id, doc, done, attempt + 1);
        }

        BulkOperation operation() {
            return BulkOperation.of(b -> b.create(c -> c.index(index).id(id).document(doc)));
        }
    }

    private final ElasticsearchSettings settings;
    private final BulkIngester<Pending> ingester;
    private final ScheduledExecutorService retryTimer;
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong created = new AtomicLong();
    private final AtomicLong alreadyPresent = new AtomicLong();
    /** Documents sitting out a backoff, by their future; failed on close so no caller waits for a retry that never runs. */
    private final Map<CompletableFuture<Void>, String> backingOff = new ConcurrentHashMap<>();

    BulkCreateWriter(ElasticsearchClient client, ElasticsearchSettings settings) {
        this.settings = settings;
        this.retryTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "portcullis-es-retry");
            t.setDaemon(true);
            return t;
        });
        this.ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(settings.bulkMaxOperations())
                .maxSize(5L * 1024 * 1024)
                .maxConcurrentRequests(settings.bulkConcurrentRequests())
                .flushInterval(settings.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                .listener(new Listener()));
    }

    /** Queues one create; the future completes when the document is in the index (or already was). */
    CompletableFuture<Void> create(String index, String id, ObjectNode doc) {
        Pending p = new Pending(index, id, doc, new CompletableFuture<>(), 1);
        ingester.add(p.operation(), p);
        return p.done();
    }

    /** Sends what is queued now instead of waiting for the flush interval. */
    void flush() {
        ingester.flush();
    }

    long retries() {
        return retries.get();
    }

    long created() {
        return created.get();
    }

    long alreadyPresent() {
        return alreadyPresent.get();
    }

    @Override
    public void close() {
        retryTimer.shutdownNow();
        backingOff.forEach((done, id) -> done.completeExceptionally(
                new IOException("writer closed while " + id + " waited for a retry")));
        ingester.close();
    }

    private final class Listener implements BulkListener<Pending> {
        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Pending> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, BulkResponse response) {
            List<BulkResponseItem> items = response.items();
            int retried = 0;
            String lastReason = null;
            for (int i = 0; i < contexts.size(); i++) {
                Pending p = contexts.get(i);
                BulkResponseItem item = items.get(i);
                if (item.error() == null) {
                    created.incrementAndGet();
                    p.done().complete(null);
                } else if (item.status() == 409) {
                    alreadyPresent.incrementAndGet();
                    p.done().complete(null);
                } else if (item.status() == 429 || item.status() >= 500) {
                    lastReason = item.status() + " " + item.error().type() + ": " + item.error().reason();
                    retryOrFail(p, lastReason);
                    retried++;
                } else {
                    p.done().completeExceptionally(new IOException("Elasticsearch refused " + p.id() + " in "
                            + p.index() + ": " + item.status() + " " + item.error().type() + ": " + item.error().reason()));
                }
            }
            if (retried > 0) {
                // One line per bulk, not per document: an overloaded cluster must not also flood the log.
                LOG.warn("Elasticsearch deferred {} of {} documents ({}); retrying with backoff", retried,
                        contexts.size(), lastReason);
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, Throwable failure) {
            boolean clientError = failure instanceof ElasticsearchException e && e.status() >= 400 && e.status() < 500
                    && e.status() != 429;
            LOG.warn("Elasticsearch bulk of {} documents failed ({}); {}", contexts.size(), failure.toString(),
                    clientError ? "not retried (client error)" : "retrying with backoff");
            for (Pending p : contexts) {
                if (clientError) {
                    p.done().completeExceptionally(new IOException("bulk request refused: " + failure.getMessage(), failure));
                } else {
                    retryOrFail(p, String.valueOf(failure));
                }
            }
        }
    }

    private void retryOrFail(Pending p, String reason) {
        if (p.attempt() >= settings.maxAttempts()) {
            p.done().completeExceptionally(new IOException("gave up on " + p.id() + " in " + p.index() + " after "
                    + p.attempt() + " attempts: " + reason));
            return;
        }
        long delay = backoffMillis(p.attempt());
        retries.incrementAndGet();
        Pending next = p.next();
        backingOff.put(next.done(), next.id());
        try {
            // Re-added from our own timer thread, never from the listener: the ingester may block an add
            // while the request that is calling us back still counts as in flight.
            retryTimer.schedule(() -> {
                backingOff.remove(next.done());
                try {
                    ingester.add(next.operation(), next);
                } catch (RuntimeException e) {
                    next.done().completeExceptionally(new IOException("writer closed before retry of " + p.id(), e));
                }
            }, delay, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            backingOff.remove(next.done());
            p.done().completeExceptionally(new IOException("writer closed before retry of " + p.id(), e));
        }
    }

    /** initial * 2^(attempt-1), capped at maxBackoff. */
    private long backoffMillis(int attempt) {
        long initial = settings.initialBackoff().toMillis();
        long cap = settings.maxBackoff().toMillis();
        long d = initial << Math.min(attempt - 1, 20);
        return Math.min(d, cap);
    }
}
