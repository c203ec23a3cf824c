package io.portcullis.policies;

/**
 * Bounds of the OPA client. Defaults suit a sidecar OPA on loopback.
 *
 * @param maxRetries          extra attempts after a connection failure or a 5xx (never after a timeout,
 *                            which has spent the budget, nor after an undefined or malformed answer,
 *                            which would only repeat)
 * @param cacheEntries        decisions kept (least recently used evicted); 0 disables the cache
 * @param breakerFailures     consecutive failures that open the circuit
 * @param breakerOpenMs       how long an open circuit refuses without calling OPA
 * @param revisionCheckMs     period of the background revision check that drops a stale cache; 0 = off
 * @param poolSize            keep-alive connections to OPA per client
 * @param maxResponseBytes    larger answers are refused as malformed
 */
public record ClientLimits(int maxRetries, int cacheEntries, int breakerFailures, long breakerOpenMs,
                           long revisionCheckMs, int poolSize, int maxResponseBytes) {

  public ClientLimits {
    if (maxRetries < 0 || maxRetries > 5) throw new IllegalArgumentException("maxRetries 0..5");
    if (cacheEntries < 0) throw new IllegalArgumentException("cacheEntries >= 0");
    if (breakerFailures < 1) throw new IllegalArgumentException("breakerFailures >= 1");
    if (breakerOpenMs < 1) throw new IllegalArgumentException("breakerOpenMs >= 1");
    if (revisionCheckMs < 0) throw new IllegalArgumentException("revisionCheckMs >= 0");
    if (poolSize < 1) throw new IllegalArgumentException("poolSize >= 1");
    if (maxResponseBytes < 1024) throw new IllegalArgumentException("maxResponseBytes >= 1024");
  }

  public static ClientLimits defaults() {
    return new ClientLimits(1, 10_000, 5, 1_000, 1_000, 16, 1 << 20);
  }

  public ClientLimits withCacheEntries(int entries) {
    return new ClientLimits(maxRetries, entries, breakerFailures, breakerOpenMs, revisionCheckMs, poolSize,
        maxResponseBytes);
  }

  public ClientLimits withRevisionCheckMs(long periodMs) {
    return new ClientLimits(maxRetries, cacheEntries, breakerFailures, breakerOpenMs, periodMs, poolSize,
        maxResponseBytes);
  }

  public ClientLimits withBreaker(int failures, long openMs) {
    return new ClientLimits(maxRetries, cacheEntries, failures, openMs, revisionCheckMs, poolSize,
        maxResponseBytes);
  }
}
