package io.portcullis.policies;

/**
 * No decision could be had. The proxy refuses the exchange (HTTP 503 saying {@link #getMessage()}),
 * unless the tenant is explicitly configured fail-open.
 */
public final class PolicyUnavailableException extends RuntimeException {

  /** Why there is no decision. */
  public enum Why {
    /** OPA answered, but the decision document is undefined (policy not loaded, wrong path). */
    UNDEFINED,
    /** OPA's answer is not a decision: not JSON, wrong shape, unknown action, too large. */
    MALFORMED,
    /** No answer within the configured timeout. */
    TIMEOUT,
    /** OPA could not be reached (refused, reset, DNS). */
    UNREACHABLE,
    /** OPA answered with an HTTP error status. */
    HTTP_STATUS,
    /** Recent calls failed; the circuit breaker refuses without calling OPA for a while. */
    CIRCUIT_OPEN
  }

  private final Why why;
  private final int httpStatus;

  public PolicyUnavailableException(Why why, String message, Throwable cause) {
    this(why, message, cause, 0);
  }

  public PolicyUnavailableException(Why why, String message) {
    this(why, message, null, 0);
  }

  private PolicyUnavailableException(Why why, String message, Throwable cause, int httpStatus) {
    super("no policy decision (" + why + "): " + message, cause, false, false);
    this.why = why;
    this.httpStatus = httpStatus;
  }

  static PolicyUnavailableException httpStatus(int status, String message) {
    return new PolicyUnavailableException(Why.HTTP_STATUS, message, null, status);
  }

  public Why why() {
    return why;
  }

  /** OPA's HTTP status for {@link Why#HTTP_STATUS}, else 0. */
  public int httpStatus() {
    return httpStatus;
  }
}
