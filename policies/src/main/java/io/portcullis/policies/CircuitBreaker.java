package io.portcullis.policies;

import java.util.function.LongSupplier;

/**
 * Stops calling OPA for a while after consecutive failures, so a dead or drowning OPA costs a refused
 * exchange microseconds instead of a full timeout each. After the open period one trial call goes
 * through (half-open); its success closes the circuit, its failure opens it again.
 */
final class CircuitBreaker {

  enum State { CLOSED, OPEN, HALF_OPEN }

  private final int failureThreshold;
  private final long openNanos;
  private final LongSupplier nanoClock;

  private int consecutiveFailures;
  private long openUntilNanos;
  private boolean trialInFlight;

  CircuitBreaker(int failureThreshold, long openMillis, LongSupplier nanoClock) {
    this.failureThreshold = failureThreshold;
    this.openNanos = openMillis * 1_000_000L;
    this.nanoClock = nanoClock;
  }

  /** @return whether a call may go to OPA now (a true in half-open state reserves the single trial) */
  synchronized boolean tryAcquire() {
    if (consecutiveFailures < failureThreshold) {
      return true;
    }
    if (nanoClock.getAsLong() - openUntilNanos < 0 || trialInFlight) {
      return false;
    }
    trialInFlight = true;
    return true;
  }

  synchronized void onSuccess() {
    consecutiveFailures = 0;
    trialInFlight = false;
  }

  synchronized void onFailure() {
    consecutiveFailures++;
    trialInFlight = false;
    if (consecutiveFailures >= failureThreshold) {
      openUntilNanos = nanoClock.getAsLong() + openNanos;
    }
  }

  synchronized State state() {
    if (consecutiveFailures < failureThreshold) {
      return State.CLOSED;
    }
    return nanoClock.getAsLong() - openUntilNanos < 0 ? State.OPEN : State.HALF_OPEN;
  }
}
