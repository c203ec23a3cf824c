package io.portcullis.core.extract;

import static io.portcullis.core.extract.Pointers.addContent;
import static io.portcullis.core.extract.Pointers.addTool;
import static io.portcullis.core.extract.Pointers.addText;
import static io.portcullis.core.extract.Pointers.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Anthropic {@code POST /v1/messages}: system (string or text blocks), message content blocks
 * including tool_use inputs and tool_result content, tool descriptions; answer content blocks; stream
 * text, partial-JSON and thinking deltas.
 */
public final class AnthropicMessagesExtractor implements SegmentExtractor {

  @Override
  public List<TextSegment> request(JsonNode body) {
    List<TextSegment> out = new ArrayList<>();
    addContent(body.get("system"), "/system", out);
    JsonNode messages = body.path("messages");
    for (int i = 0; i < messages.size(); i++) {
      addContent(messages.get(i).get("content"), child(child("/messages", i), "content"), out);
    }
    JsonNode tools = body.path("tools");
    for (int i = 0; i < tools.size(); i++) {
      addTool(tools.get(i), child("/tools", i), "input_schema", out);
    }
    return out;
  }

  @Override
  public List<TextSegment> answer(JsonNode body) {
    List<TextSegment> out = new ArrayList<>();
    addContent(body.get("content"), "/content", out);
    return out;
  }

  @Override
  public List<TextSegment> streamDelta(JsonNode event) {
    List<TextSegment> out = new ArrayList<>();
    if ("content_block_delta".equals(event.path("type").asText())) {
      JsonNode delta = event.path("delta");
      addText(delta.get("text"), "/delta/text", out);
      addText(delta.get("partial_json"), "/delta/partial_json", out);
      addText(delta.get("thinking"), "/delta/thinking", out);
    }
    return out;
  }
}
