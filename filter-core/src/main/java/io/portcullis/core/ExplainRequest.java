package io.portcullis.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.core.api.Api;
import io.portcullis.core.api.ApiError;
import io.vertx.core.buffer.Buffer;
import java.util.Arrays;

/**
 * What to explain: a tenant and either a whole request body of an API ({@code request}, with
 * {@code api} naming it, default chat) or just a model and a text (sent as one user message).
 */
public record ExplainRequest(String tenant, Api api, Buffer body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static ExplainRequest of(String tenant, String model, String text) {
    ObjectNode body = JSON.createObjectNode().put("model", model);
    body.putArray("messages").addObject().put("role", "user").put("content", text);
    return new ExplainRequest(tenant, Api.OPENAI_CHAT, Buffer.buffer(body.toString()));
  }

  public static ExplainRequest parse(JsonNode json) {
    String tenant = json.path("tenant").asText(null);
    if (tenant == null) {
      throw ApiError.badRequest("tenant_required", "'tenant' names the tenant whose request is explained");
    }
    if (json.has("request")) {
      String label = json.path("api").asText("chat");
      Api api = Arrays.stream(Api.values()).filter(a -> a.label().equals(label)).findFirst()
          .orElseThrow(() -> ApiError.badRequest("unknown_api", "'api' must be one of chat, completions, embeddings, responses, messages"));
      return new ExplainRequest(tenant, api, Buffer.buffer(json.get("request").toString()));
    }
    if (json.path("model").isTextual() && json.path("text").isTextual()) {
      return of(tenant, json.get("model").asText(), json.get("text").asText());
    }
    throw ApiError.badRequest("request_required", "send either 'request' (a request body) or 'model' and 'text'");
  }
}
