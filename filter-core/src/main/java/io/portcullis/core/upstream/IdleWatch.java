package io.portcullis.core.upstream;

import io.vertx.core.Vertx;

/**
 * Fires once when a stream has been silent for the timeout. The HTTP client's idle timeout guards
 * only the wait for the response head; a provider that stalls mid-stream needs this. One timer per
 * timeout period, not per chunk: a chunk only records the time, and the timer re-arms for the rest.
 */
final class IdleWatch {
  private final Vertx vertx;
  private final long timeoutMs;
  private final Runnable onIdle;
  private long lastNanos = System.nanoTime();
  private long timerId;
  private boolean cancelled;

  IdleWatch(Vertx vertx, long timeoutMs, Runnable onIdle) {
    this.vertx = vertx;
    this.timeoutMs = timeoutMs;
    this.onIdle = onIdle;
    arm(timeoutMs);
  }

  void touch() {
    lastNanos = System.nanoTime();
  }

  void cancel() {
    cancelled = true;
    vertx.cancelTimer(timerId);
  }

  private void arm(long delayMs) {
    timerId = vertx.setTimer(Math.max(1, delayMs), id -> {
      if (cancelled) {
        return;
      }
      long silentMs = (System.nanoTime() - lastNanos) / 1_000_000;
      if (silentMs >= timeoutMs) {
        cancelled = true;
        onIdle.run();
      } else {
        arm(timeoutMs - silentMs);
      }
    });
  }
}
