package io.portcullis.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reasoning is part of the answer the caller sees, so the texts that feed answer classification (and
 * the completion record, and token metering) include it, in every shape. It also comes back in later
 * turns with the caller's original values restored, so requests are inspected there too.
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

  @Test
  void wholeAnswersThinkingAndReasoningSummaries() throws Exception {
    assertEquals(List.of(new TextSegment("/content/0/thinking", "think"), new TextSegment("/content/1/text", "answer")),
        new AnthropicMessagesExtractor().answer(json("{\"content\":[{\"type\":\"thinking\",\"thinking\":\"think\","
            + "\"signature\":\"sig\"},{\"type\":\"text\",\"text\":\"answer\"}]}")));
    assertEquals(List.of(new TextSegment("/output/0/summary/0/text", "think")),
        new OpenAiResponsesExtractor().answer(json("{\"output\":[{\"type\":\"reasoning\",\"id\":\"rs_1\","
            + "\"summary\":[{\"type\":\"summary_text\",\"text\":\"think\"}]}]}")));
  }

  @Test
  void reasoningSentBackInLaterTurnsIsInspected() throws Exception {
    assertEquals(List.of(new TextSegment("/messages/0/reasoning_content", "think")), new OpenAiChatExtractor().request(
        json("{\"messages\":[{\"role\":\"assistant\",\"reasoning_content\":\"think\"}]}")));
    assertEquals(List.of(new TextSegment("/messages/0/content/0/thinking", "think")), new AnthropicMessagesExtractor().request(
        json("{\"messages\":[{\"role\":\"assistant\",\"content\":[{\"type\":\"thinking\",\"thinking\":\"think\","
            + "\"signature\":\"sig\"}]}]}")));
    assertEquals(List.of(new TextSegment("/input/0/summary/0/text", "think")), new OpenAiResponsesExtractor().request(
        json("{\"input\":[{\"type\":\"reasoning\",\"id\":\"rs_1\",\"summary\":[{\"type\":\"summary_text\","
            + "\"text\":\"think\"}]}]}")));
  }
}
