package io.portcullis.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Small helpers for building RFC 6901 pointers and collecting text while walking a JSON tree. */
final class Pointers {
  private Pointers() {}

  static String child(String base, String property) {
    return base + "/" + property.replace("~", "~0").replace("/", "~1");
  }

  static String child(String base, int index) {
    return base + "/" + index;
  }

  /** Adds {@code node} if it is a string. */
  static void addText(JsonNode node, String pointer, List<TextSegment> out) {
    if (node != null && node.isTextual() && !node.textValue().isEmpty()) {
      out.add(new TextSegment(pointer, node.textValue()));
    }
  }

  /** Adds every string leaf under {@code node} (tool inputs are free-form JSON the model reads). */
  static void addAllStrings(JsonNode node, String pointer, List<TextSegment> out) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      addText(node, pointer, out);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        addAllStrings(node.get(i), child(pointer, i), out);
      }
    } else if (node.isObject()) {
      node.properties().forEach(e -> addAllStrings(e.getValue(), child(pointer, e.getKey()), out));
    }
  }

  /**
   * A tool's definition as the model reads it: its description and every string of its parameter
   * schema (property descriptions, enum values, examples), where a prompt can hide data as well.
   */
  static void addTool(JsonNode tool, String pointer, String schemaKey, List<TextSegment> out) {
    addText(tool.get("description"), child(pointer, "description"), out);
    addAllStrings(tool.get(schemaKey), child(pointer, schemaKey), out);
  }

  /**
   * An Anthropic document block: plain-text sources ({@code source.data}) and content sources
   * ({@code source.content}, text blocks) are text the model reads, as are title and context. Base64
   * sources (PDF, images) are not text this filter can read.
   */
  private static void document(JsonNode part, String at, List<TextSegment> out) {
    JsonNode source = part.path("source");
    String src = child(at, "source");
    if ("text".equals(source.path("type").asText())) {
      addText(source.get("data"), child(src, "data"), out);
    } else if ("content".equals(source.path("type").asText())) {
      addContent(source.get("content"), child(src, "content"), out);
    }
    addText(part.get("title"), child(at, "title"), out);
    addText(part.get("context"), child(at, "context"), out);
  }

  /**
   * Content that is either a string or a list of typed parts ({@code {"type": "text", "text": ...}}
   * and friends): the form OpenAI and Anthropic both use for message content.
   */
  static void addContent(JsonNode content, String pointer, List<TextSegment> out) {
    if (content == null) {
      return;
    }
    if (content.isTextual()) {
      addText(content, pointer, out);
      return;
    }
    if (!content.isArray()) {
      return;
    }
    for (int i = 0; i < content.size(); i++) {
      JsonNode part = content.get(i);
      String at = child(pointer, i);
      if (part.isTextual()) {
        addText(part, at, out);
        continue;
      }
      String type = part.path("type").asText("");
      switch (type) {
        case "tool_use" -> addAllStrings(part.get("input"), child(at, "input"), out);
        // Anthropic's thinking is shown to the caller with its values restored, and comes back in
        // later turns: inspected both ways (the same surrogate again keeps its signature valid).
        case "thinking" -> addText(part.get("thinking"), child(at, "thinking"), out);
        case "tool_result" -> addContent(part.get("content"), child(at, "content"), out);
        case "function_call" -> addText(part.get("arguments"), child(at, "arguments"), out);
        case "function_call_output" -> addText(part.get("output"), child(at, "output"), out);
        case "document" -> document(part, at, out);
        default -> {
          addText(part.get("text"), child(at, "text"), out);
          addText(part.get("refusal"), child(at, "refusal"), out);
        }
      }
    }
  }
}
