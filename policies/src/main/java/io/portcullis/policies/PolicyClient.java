package io.portcullis.policies;

import io.vertx.core.Future;

/** Asks the policy engine what to do with one exchange. Non-blocking; safe from any thread. */
public interface PolicyClient extends AutoCloseable {

  /**
   * @return the decision, or a future failed with {@link PolicyUnavailableException} when there is
   *     none (never a made-up allow)
   */
  Future<Decision> decide(DecisionInput input);

  /** Share of decisions answered from the cache since start, 0..1 (for metrics). */
  double cacheHitRatio();

  /** The policy revision last seen from OPA, or null before the first answer. */
  String currentRevision();

  @Override
  void close();
}
