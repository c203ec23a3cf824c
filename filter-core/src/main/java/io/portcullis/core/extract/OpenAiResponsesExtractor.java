package io.portcullis.core.extract;

import static io.portcullis.core.extract.Pointers.addContent;
import static io.portcullis.core.extract.Pointers.addTool;
import static io.portcullis.core.extract.Pointers.addText;
import static io.portcullis.core.extract.Pointers.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /v1/responses}: instructions and input (a string, or items: messages with content
 * parts, function calls and their outputs); answer output items; stream text, argument and reasoning
 * deltas.
 */
public final class OpenAiResponsesExtractor implements SegmentExtractor {
  /** Stream events whose {@code delta} is the model's text, reasoning included. */
  private static final Set<String> STREAM_TEXT_DELTAS = Set.of("response.output_text.delta",
      "response.function_call_arguments.delta", "response.refusal.delta", "response.reasoning_summary_text.delta",
      "response.reasoning_text.delta");

  @Override
  public List<TextSegment> request(JsonNode body) {
    List<TextSegment> out = new ArrayList<>();
    addText(body.get("instructions"), "/instructions", out);
    JsonNode input = body.get("input");
    if (input != null && input.isTextual()) {
      addText(input, "/input", out);
    } else if (input != null && input.isArray()) {
      items(input, "/input", out);
    }
    JsonNode tools = body.path("tools");
    for (int i = 0; i < tools.size(); i++) {
      addTool(tools.get(i), child("/tools", i), "parameters", out);
    }
    return out;
  }

  @Override
  public List<TextSegment> answer(JsonNode body) {
    List<TextSegment> out = new ArrayList<>();
    items(body.path("output"), "/output", out);
    return out;
  }

  @Override
  public List<TextSegment> streamDelta(JsonNode event) {
    List<TextSegment> out = new ArrayList<>();
    if (STREAM_TEXT_DELTAS.contains(event.path("type").asText(""))) {
      addText(event.get("delta"), "/delta", out);
    }
    return out;
  }

  private static void items(JsonNode items, String base, List<TextSegment> out) {
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String at = child(base, i);
      if (item.isTextual()) {
        addText(item, at, out);
        continue;
      }
      addContent(item.get("content"), child(at, "content"), out);
      // A reasoning item's summary is shown to the caller and comes back in later turns' input.
      addContent(item.get("summary"), child(at, "summary"), out);
      addText(item.get("arguments"), child(at, "arguments"), out);
      addText(item.get("output"), child(at, "output"), out);
    }
  }
}
