package io.portcullis.policies;

import java.net.URI;
import java.util.Objects;

/**
 * How the proxy reaches OPA ({@code policy: { opa-url, timeout-ms, on-error }}).
 *
 * @param opaUrl    OPA's base URL, e.g. {@code http://127.0.0.1:8181}
 * @param timeoutMs budget for one decision including retries
 * @param onError   what the proxy does when no decision can be had. The client itself never turns a
 *                  failure into an allow: it fails with {@link PolicyUnavailableException}, and the
 *                  caller applies FAIL_OPEN explicitly (per tenant, visibly) or refuses.
 */
public record PolicyConfig(String opaUrl, long timeoutMs, OnError onError) {

  public static final String DEFAULT_OPA_URL = "http://127.0.0.1:8181";
  public static final long DEFAULT_TIMEOUT_MS = 250;

  public enum OnError {
    FAIL_CLOSED, FAIL_OPEN;

    /** Reads the configuration spelling: {@code fail-closed} or {@code fail-open}. */
    public static OnError fromConfig(String value) {
      return switch (value) {
        case "fail-closed" -> FAIL_CLOSED;
        case "fail-open" -> FAIL_OPEN;
        default -> throw new IllegalArgumentException("on-error must be fail-closed or fail-open: " + value);
      };
    }
  }

  public PolicyConfig {
    Objects.requireNonNull(opaUrl, "opaUrl");
    URI uri = URI.create(opaUrl);
    if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("opa-url must be an http URL with a host: " + opaUrl);
    }
    if (timeoutMs <= 0 || timeoutMs > 60_000) {
      throw new IllegalArgumentException("timeout-ms must be in 1..60000: " + timeoutMs);
    }
    onError = onError == null ? OnError.FAIL_CLOSED : onError;
  }

  public static PolicyConfig defaults() {
    return new PolicyConfig(DEFAULT_OPA_URL, DEFAULT_TIMEOUT_MS, OnError.FAIL_CLOSED);
  }

  URI uri() {
    return URI.create(opaUrl);
  }
}
