package io.portcullis.core.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.core.config.ProviderStyle;

/**
 * Error bodies in the shape each API's own SDKs parse, so callers' existing error handling works:
 * OpenAI {@code {"error": {"message", "type", "param", "code"}}} and Anthropic
 * {@code {"type": "error", "error": {"type", "message"}}}. Both carry the request id.
 */
public final class ErrorBodies {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ErrorBodies() {}

  public static ObjectNode of(ProviderStyle style, ApiError error, String requestId) {
    ObjectNode body = of(style, error.status(), error.code(), error.getMessage(), requestId);
    if (!error.reasons().isEmpty()) {
      ArrayNode reasons = ((ObjectNode) body.get("error")).putArray("reasons");
      error.reasons().forEach(r -> {
        ObjectNode o = reasons.addObject();
        r.forEach(o::put);
      });
    }
    return body;
  }

  public static ObjectNode of(ProviderStyle style, int status, String code, String message, String requestId) {
    ObjectNode err = JSON.objectNode();
    if (style == ProviderStyle.ANTHROPIC) {
      err.put("type", anthropicType(status));
      err.put("message", message);
      err.put("code", code);
      ObjectNode body = JSON.objectNode();
      body.put("type", "error");
      body.set("error", err);
      body.put("request_id", requestId);
      return body;
    }
    err.put("message", message);
    err.put("type", openAiType(status));
    err.putNull("param");
    err.put("code", code);
    err.put("request_id", requestId);
    ObjectNode body = JSON.objectNode();
    body.set("error", err);
    return body;
  }

  static String openAiType(int status) {
    return switch (status) {
      case 400, 404, 413, 415, 422 -> "invalid_request_error";
      case 401 -> "authentication_error";
      case 403 -> "permission_error";
      case 429 -> "rate_limit_error";
      case 451 -> "policy_violation";
      default -> status >= 500 ? "server_error" : "invalid_request_error";
    };
  }

  static String anthropicType(int status) {
    return switch (status) {
      case 400, 415, 422 -> "invalid_request_error";
      case 401 -> "authentication_error";
      case 403 -> "permission_error";
      case 404 -> "not_found_error";
      case 413 -> "request_too_large";
      case 429 -> "rate_limit_error";
      case 451 -> "policy_violation";
      case 503, 529 -> "overloaded_error";
      case 504 -> "timeout_error";
      default -> "api_error";
    };
  }
}
