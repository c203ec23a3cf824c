package io.portcullis.core.upstream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.core.api.Api;
import io.portcullis.core.api.ErrorBodies;
import io.portcullis.core.config.ProviderStyle;

/**
 * The event that ends a stream which failed after it started, in each API's own streaming shape,
 * so SDKs raise an error instead of treating a truncated answer as complete.
 */
public final class StreamErrors {
  private StreamErrors() {}

  public static String event(Api api, int status, String code, String message, String requestId) {
    return switch (api) {
      case ANTHROPIC_MESSAGES -> "event: error\ndata: "
          + ErrorBodies.of(ProviderStyle.ANTHROPIC, status, code, message, requestId) + "\n\n";
      case OPENAI_RESPONSES -> {
        ObjectNode e = JsonNodeFactory.instance.objectNode();
        e.put("type", "error");
        e.put("code", code);
        e.put("message", message);
        e.putNull("param");
        e.put("request_id", requestId);
        yield "event: error\ndata: " + e + "\n\n";
      }
      default -> "data: " + ErrorBodies.of(ProviderStyle.OPENAI, status, code, message, requestId) + "\n\n";
    };
  }
}
