package io.portcullis.core.api;

import java.util.List;
import java.util.Map;

/**
 * A failure to be answered to the caller in its own API's error shape. Carries the HTTP status and a
 * stable machine-readable code; the message is for humans.
 */
public final class ApiError extends RuntimeException {
  private final int status;
  private final String code;
  private final List<Map<String, String>> reasons;

  public ApiError(int status, String code, String message) {
    this(status, code, message, List.of());
  }

  /** With policy reasons ({@code code}, {@code message}, {@code regulation}) for the caller to read. */
  public ApiError(int status, String code, String message, List<Map<String, String>> reasons) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.reasons = List.copyOf(reasons);
  }

  public List<Map<String, String>> reasons() {
    return reasons;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public static ApiError badRequest(String code, String message) {
    return new ApiError(400, code, message);
  }
}
