package io.portcullis.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reasoning is part of the answer the caller sees, so the texts that feed answer classification (and
 * the completion record, and token metering) include it, in every shape.
 */
class ReasoningExtractionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void openAiChatReasoningDeltasAndMessages() throws Exception {
    OpenAiChatExtractor x = new OpenAiChatExtractor();
    assertEquals(List.of(new TextSegment("/choices/0/delta/reasoning_content", "think")),
        x.streamDelta(json("{\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"think\"}}]}")));
    assertEquals(List.of(new TextSegment("/choices/0/delta/reasoning", "think")),
        x.streamDelta(json("{\"choices\":[{\"index\":0,\"delta\":{\"reasoning\":\"think\"}}]}")));
    assertEquals(List.of(new TextSegment("/choices/0/message/content", "answer"),
            new TextSegment("/choices/0/message/reasoning_content", "think")),
        x.answer(json("{\"choices\":[{\"message\":{\"content\":\"answer\",\"reasoning_content\":\"think\"}}]}")));
  }

  @Test
  void anthropicThinkingDeltas() throws Exception {
    assertEquals(List.of(new TextSegment("/delta/thinking", "think")), new AnthropicMessagesExtractor().streamDelta(
        json("{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"think\"}}")));
  }

  @Test
  void responsesReasoningDeltas() throws Exception {
    OpenAiResponsesExtractor x = new OpenAiResponsesExtractor();
    for (String type : List.of("response.reasoning_summary_text.delta", "response.reasoning_text.delta")) {
      assertEquals(List.of(new TextSegment("/delta", "think")),
          x.streamDelta(json("{\"type\":\"" + type + "\",\"item_id\":\"rs_1\",\"delta\":\"think\"}")), type);
    }
  }
}
