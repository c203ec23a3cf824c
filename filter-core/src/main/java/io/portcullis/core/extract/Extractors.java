package io.portcullis.core.extract;

import io.portcullis.core.api.Api;
import java.util.EnumMap;
import java.util.Map;

/** The one table from API shape to the extractor that knows it. */
public final class Extractors {
  private static final Map<Api, SegmentExtractor> BY_API = new EnumMap<>(Map.of(
      Api.OPENAI_CHAT, new OpenAiChatExtractor(),
      Api.OPENAI_COMPLETIONS, new OpenAiCompletionsExtractor(),
      Api.OPENAI_EMBEDDINGS, new OpenAiEmbeddingsExtractor(),
      Api.OPENAI_RESPONSES, new OpenAiResponsesExtractor(),
      Api.ANTHROPIC_MESSAGES, new AnthropicMessagesExtractor()));

  private Extractors() {}

  public static SegmentExtractor forApi(Api api) {
    return BY_API.get(api);
  }
}
