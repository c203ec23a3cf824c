package io.portcullis.core.extract;

import static io.portcullis.core.extract.Pointers.addContent;
import static io.portcullis.core.extract.Pointers.addTool;
import static io.portcullis.core.extract.Pointers.addText;
import static io.portcullis.core.extract.Pointers.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/chat/completions}: messages (all roles, parts, tool calls and results), tool
 * descriptions; answer messages and stream deltas, reasoning included.
 */
public final class OpenAiChatExtractor implements SegmentExtractor {

  @Override
  public List<TextSegment> request(JsonNode body) {
    List<TextSegment> out = new ArrayList<>();
    JsonNode messages = body.path("messages");
    for (int i = 0; i < messages.size(); i++) {
      JsonNode m = messages.get(i);
      String at = child("/messages", i);
      // Earlier assistant turns come back as the caller received them, reasoning included, with the
      // original values restored: inspected like any other text before they go upstream again.
      messageTexts(m, at, out);
      JsonNode fn = m.path("function_call");
      addText(fn.get("arguments"), child(child(at, "function_call"), "arguments"), out);
    }
    JsonNode tools = body.path("tools");
    for (int i = 0; i < tools.size(); i++) {
      addTool(tools.get(i).path("function"), child(child("/tools", i), "function"), "parameters", out);
    }
    return out;
  }

  @Override
  public List<TextSegment> answer(JsonNode body) {
    List<TextSegment> out = new ArrayList<>();
    JsonNode choices = body.path("choices");
    for (int i = 0; i < choices.size(); i++) {
      messageTexts(choices.get(i).path("message"), child(child("/choices", i), "message"), out);
    }
    return out;
  }

  @Override
  public List<TextSegment> streamDelta(JsonNode event) {
    List<TextSegment> out = new ArrayList<>();
    JsonNode choices = event.path("choices");
    for (int i = 0; i < choices.size(); i++) {
      messageTexts(choices.get(i).path("delta"), child(child("/choices", i), "delta"), out);
    }
    return out;
  }

  /**
   * The texts of a message, an answer message or a stream delta (same fields): content, refusal, tool
   * call arguments, and reasoning, which callers are shown too: {@code reasoning_content} (DeepSeek,
   * Qwen) or {@code reasoning} (vLLM, OpenRouter).
   */
  private static void messageTexts(JsonNode m, String at, List<TextSegment> out) {
    addContent(m.get("content"), child(at, "content"), out);
    addText(m.get("refusal"), child(at, "refusal"), out);
    addText(m.get("reasoning_content"), child(at, "reasoning_content"), out);
    addText(m.get("reasoning"), child(at, "reasoning"), out);
    toolCalls(m.path("tool_calls"), child(at, "tool_calls"), out);
  }

  private static void toolCalls(JsonNode calls, String at, List<TextSegment> out) {
    for (int j = 0; j < calls.size(); j++) {
      String fn = child(child(at, j), "function");
      addText(calls.get(j).path("function").get("arguments"), child(fn, "arguments"), out);
    }
  }
}
