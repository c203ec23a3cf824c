package io.portcullis.policies;

import com.fasterxml.jackson.databind.JsonNode;
import io.portcullis.policies.PolicyUnavailableException.Why;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.util.concurrent.TimeoutException;

/**
 * {@link PolicyClient} over OPA's Data API: {@code POST /v1/data/portcullis/decision/result} with
 * {"input": ...}. The order of one decision: cache, circuit breaker, HTTP call on a pooled keep-alive
 * connection within the timeout budget, bounded retry of connection failures and 5xx, strict reading
 * of the answer. Anything short of a well-formed decision fails the future with
 * {@link PolicyUnavailableException}.
 *
 * <p>Construct once per application with the application's {@link Vertx}:
 * {@code new OpaPolicyClient(vertx, config, ClientLimits.defaults())}; {@link #close()} on shutdown.
 */
public final class OpaPolicyClient implements PolicyClient {

  static final String DECISION_PATH = "/v1/data/portcullis/decision/result";
  static final String REVISION_PATH = "/v1/data/portcullis/decision/revision";

  private final Vertx vertx;
  private final WebClient web;
  private final PolicyConfig config;
  private final ClientLimits limits;
  private final String host;
  private final int port;
  private final DecisionCache cache;
  private final CircuitBreaker breaker;
  private final long revisionTimer;

  public OpaPolicyClient(Vertx vertx, PolicyConfig config, ClientLimits limits) {
    this.vertx = vertx;
    this.config = config;
    this.limits = limits;
    URI uri = config.uri();
    this.host = uri.getHost();
    this.port = uri.getPort() > 0 ? uri.getPort() : 80;
    WebClientOptions options = new WebClientOptions()
        .setKeepAlive(true)
        .setTcpNoDelay(true)
        .setConnectTimeout((int) Math.max(1, config.timeoutMs()))
        .setUserAgent("portcullis-policies");
    this.web = WebClient.create(vertx, options, new PoolOptions().setHttp1MaxSize(limits.poolSize()));
    this.cache = new DecisionCache(limits.cacheEntries());
    this.breaker = new CircuitBreaker(limits.breakerFailures(), limits.breakerOpenMs(), System::nanoTime);
    this.revisionTimer = limits.revisionCheckMs() > 0
        ? vertx.setPeriodic(limits.revisionCheckMs(), id -> checkRevision())
        : -1;
  }

  public OpaPolicyClient(Vertx vertx, PolicyConfig config) {
    this(vertx, config, ClientLimits.defaults());
  }

  @Override
  public Future<Decision> decide(DecisionInput input) {
    DecisionKey key = DecisionKey.of(input);
    Decision cached = cache.get(key);
    if (cached != null) {
      return Future.succeededFuture(cached);
    }
    if (!breaker.tryAcquire()) {
      return Future.failedFuture(new PolicyUnavailableException(Why.CIRCUIT_OPEN,
          "recent calls to OPA at " + config.opaUrl() + " failed; not calling it for up to "
              + limits.breakerOpenMs() + " ms"));
    }
    Buffer body = Buffer.buffer(DecisionJson.dataApiRequest(input));
    long deadline = System.nanoTime() + config.timeoutMs() * 1_000_000L;
    return withinBudget(attempt(body, deadline, limits.maxRetries()))
        .recover(failure -> Future.failedFuture(failure instanceof PolicyUnavailableException
            ? failure
            : new PolicyUnavailableException(Why.MALFORMED, "unexpected: " + failure, failure)))
        .andThen(done -> {
          if (done.succeeded()) {
            breaker.onSuccess();
            cache.put(key, done.result());
          } else {
            breaker.onFailure();
          }
        });
  }

  // The request timeout only fires when no data arrives for that long; a server trickling bytes would
  // hold the exchange indefinitely. This timer holds the whole decision, retries included, to the budget.
  private Future<Decision> withinBudget(Future<Decision> call) {
    Promise<Decision> decided = Promise.promise();
    long timer = vertx.setTimer(config.timeoutMs(), id -> decided.tryFail(new PolicyUnavailableException(
        Why.TIMEOUT, "no decision from OPA at " + config.opaUrl() + " within " + config.timeoutMs() + " ms")));
    call.onComplete(done -> {
      vertx.cancelTimer(timer);
      if (done.succeeded()) {
        decided.tryComplete(done.result());
      } else {
        decided.tryFail(done.cause());
      }
    });
    return decided.future();
  }

  private Future<Decision> attempt(Buffer body, long deadline, int retriesLeft) {
    long remainingMs = Math.max(1, (deadline - System.nanoTime()) / 1_000_000L);
    return web.post(port, host, DECISION_PATH)
        .timeout(remainingMs)
        .putHeader("content-type", "application/json")
        .sendBuffer(body)
        .transform(sent -> sent.succeeded()
            ? Future.succeededFuture(read(sent.result()))
            : Future.<Decision>failedFuture(classify(sent.cause(), remainingMs)))
        .recover(failure -> retryable(failure) && retriesLeft > 0 && deadline - System.nanoTime() > 0
            ? attempt(body, deadline, retriesLeft - 1)
            : Future.failedFuture(failure));
  }

  // Runs on the event loop; the answer is a few hundred bytes, so parsing here is cheap.
  private Decision read(HttpResponse<Buffer> response) {
    Buffer body = response.body();
    if (response.statusCode() != 200) {
      throw PolicyUnavailableException.httpStatus(response.statusCode(), "OPA answered HTTP "
          + response.statusCode() + (response.statusCode() >= 500 ? "" : " (the input may not fit the contract)"));
    }
    if (body == null) {
      throw new PolicyUnavailableException(Why.MALFORMED, "OPA answered with an empty body");
    }
    if (body.length() > limits.maxResponseBytes()) {
      throw new PolicyUnavailableException(Why.MALFORMED, "OPA's answer exceeds " + limits.maxResponseBytes() + " bytes");
    }
    return DecisionJson.decision(body.getBytes());
  }

  private PolicyUnavailableException classify(Throwable cause, long timeoutMs) {
    if (cause instanceof PolicyUnavailableException known) {
      return known;
    }
    if (cause instanceof TimeoutException) {
      return new PolicyUnavailableException(Why.TIMEOUT,
          "OPA at " + config.opaUrl() + " did not answer within " + timeoutMs + " ms", cause);
    }
    return new PolicyUnavailableException(Why.UNREACHABLE,
        "OPA at " + config.opaUrl() + " is unreachable: " + cause, cause);
  }

  // A refused or reset connection (e.g. a keep-alive connection OPA just closed) or a 5xx may pass on
  // a second try; a timeout has spent the budget and an undefined or malformed answer would repeat.
  private static boolean retryable(Throwable failure) {
    return failure instanceof PolicyUnavailableException p
        && (p.why() == Why.UNREACHABLE
            || (p.why() == Why.HTTP_STATUS && p.httpStatus() >= 500));
  }

  private void checkRevision() {
    web.get(port, host, REVISION_PATH)
        .timeout(config.timeoutMs())
        .send()
        .onSuccess(response -> {
          if (response.statusCode() == 200 && response.body() != null
              && response.body().length() <= limits.maxResponseBytes()) {
            try {
              JsonNode revision = DecisionJson.result(response.body().getBytes());
              if (revision.isTextual()) {
                cache.observeRevision(revision.asText());
              }
            } catch (PolicyUnavailableException ignored) {
              // Decisions report their own failures; the background check only keeps the cache fresh.
            }
          }
        });
  }

  @Override
  public double cacheHitRatio() {
    return cache.hitRatio();
  }

  /** Decisions answered from the cache since start (a counter for metrics). */
  public long cacheHits() {
    return cache.hits();
  }

  /** Decisions that had to ask OPA since start (a counter for metrics). */
  public long cacheMisses() {
    return cache.misses();
  }

  /** Decisions currently cached (for metrics and tests). */
  public int cachedDecisions() {
    return cache.size();
  }

  @Override
  public String currentRevision() {
    return cache.revision();
  }

  CircuitBreaker.State breakerState() {
    return breaker.state();
  }

  @Override
  public void close() {
    if (revisionTimer >= 0) {
      vertx.cancelTimer(revisionTimer);
    }
    web.close();
  }
}
