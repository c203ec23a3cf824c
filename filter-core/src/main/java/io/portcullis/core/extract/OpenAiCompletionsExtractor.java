package io.portcullis.core.extract;

import static io.portcullis.core.extract.Pointers.addText;
import static io.portcullis.core.extract.Pointers.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Legacy {@code POST /v1/completions}: prompt (string or list of strings) and suffix; answer choices' text. */
public final class OpenAiCompletionsExtractor implements SegmentExtractor {

  @Override
  public List<TextSegment> request(JsonNode body) {
    List<TextSegment> out = new ArrayList<>();
    StringOrList.add(body.get("prompt"), "/prompt", out);
    addText(body.get("suffix"), "/suffix", out);
    return out;
  }

  @Override
  public List<TextSegment> answer(JsonNode body) {
    return choicesText(body);
  }

  @Override
  public List<TextSegment> streamDelta(JsonNode event) {
    return choicesText(event);
  }

  private static List<TextSegment> choicesText(JsonNode body) {
    List<TextSegment> out = new ArrayList<>();
    JsonNode choices = body.path("choices");
    for (int i = 0; i < choices.size(); i++) {
      addText(choices.get(i).get("text"), child(child("/choices", i), "text"), out);
    }
    return out;
  }
}
