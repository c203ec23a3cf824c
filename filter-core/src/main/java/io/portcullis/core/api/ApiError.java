package io.portcullis.core.api;

/**
 * A failure to be answered to the caller in its own API's error shape. Carries the HTTP status and a
 * stable machine-readable code; the message is for humans.
 */
public final class ApiError extends RuntimeException {
  private final int status;
  private final String code;

  public ApiError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
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
