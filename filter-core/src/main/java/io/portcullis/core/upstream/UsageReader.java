package io.portcullis.core.upstream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portcullis.core.pipeline.Exchange;

/**
 * Reads the token counts a provider reports, in any shape: OpenAI {@code usage.prompt_tokens /
 * completion_tokens} (whole answers, and the final chunk of a stream), Responses and Anthropic
 * {@code usage.input_tokens / output_tokens} (Anthropic streams report input in message_start and
 * output in message_delta; Responses in response.completed). Later reports overwrite earlier ones.
 */
public final class UsageReader {
  private UsageReader() {}

  /**
   * The usage of a whole answer read without building its tree: the parser skips every other member
   * unread. True when both counts were reported (then nothing else in the answer is needed for
   * metering); false otherwise, or when the answer is not a JSON object.
   */
  public static boolean readWhole(ObjectMapper mapper, byte[] answer, Exchange ex) {
    try (JsonParser p = mapper.createParser(answer)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (p.nextToken() == JsonToken.START_OBJECT && "usage".equals(name)) {
          // A nested value: the mapper's whole-document check (FAIL_ON_TRAILING_TOKENS, which the
          // proxy's strict mapper enables) would see the rest of the answer as trailing content,
          // throw, and send every answer down the slow path of a full parse.
          JsonNode usage = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(p);
          read(mapper.createObjectNode().set("usage", usage), ex);
          return ex.reportedInputTokens() != null && ex.reportedOutputTokens() != null;
        }
        p.skipChildren();
      }
      return false;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  public static void read(JsonNode doc, Exchange ex) {
    JsonNode usage = doc.path("usage");
    if (usage.isMissingNode() || usage.isNull()) {
      usage = doc.path("message").path("usage"); // Anthropic message_start
    }
    if (usage.isMissingNode() || usage.isNull()) {
      usage = doc.path("response").path("usage"); // Responses response.completed
    }
    if (!usage.isObject()) {
      return;
    }
    JsonNode in = usage.has("prompt_tokens") ? usage.get("prompt_tokens") : usage.get("input_tokens");
    JsonNode out = usage.has("completion_tokens") ? usage.get("completion_tokens") : usage.get("output_tokens");
    if (in != null && in.canConvertToLong() && in.longValue() > 0) {
      ex.reportedInputTokens(in.longValue());
    }
    if (out != null && out.canConvertToLong()) {
      ex.reportedOutputTokens(out.longValue());
    }
  }
}
