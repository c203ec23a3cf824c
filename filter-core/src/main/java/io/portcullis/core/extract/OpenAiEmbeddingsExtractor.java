package io.portcullis.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** {@code POST /v1/embeddings}: the input text; the answer is vectors and carries no text. */
public final class OpenAiEmbeddingsExtractor implements SegmentExtractor {

  @Override
  public List<TextSegment> request(JsonNode body) {
    List<TextSegment> out = new ArrayList<>();
    StringOrList.add(body.get("input"), "/input", out);
    return out;
  }

  @Override
  public List<TextSegment> answer(JsonNode body) {
    return List.of();
  }

  @Override
  public List<TextSegment> streamDelta(JsonNode event) {
    return List.of();
  }
}
