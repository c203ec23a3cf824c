package io.portcullis.core.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portcullis.core.enforce.JsonStrings;
import io.portcullis.core.extract.Extractors;
import io.portcullis.core.pipeline.Exchange;
import java.io.IOException;

/**
 * One whole (non-streamed) successful answer: its texts and usage are noted on the exchange and, when
 * the exchange's answer must be rewritten, every string in it is rewritten (surrogates restored,
 * leaks redacted). Used by the proxy's relay and by {@code /v1/inspect/answer}.
 */
public final class WholeAnswer {
  private WholeAnswer() {}

  /**
   * Returns the bytes for the caller. A body that is not JSON is returned as it came when nothing
   * needs rewriting, and refused (IOException) when something does, since it could not be checked.
   * Rewriting classifies text: call it off the event loop when the exchange has a rewrite.
   */
  public static byte[] settle(Exchange ex, ObjectMapper mapper, byte[] answer) throws IOException {
    JsonNode node;
    try {
      node = mapper.readTree(answer);
    } catch (IOException e) {
      if (ex.answerRewrite() == null) {
        return answer; // a non-JSON success body is the provider's contract to keep
      }
      throw e;
    }
    if (node == null) {
      return answer;
    }
    ex.answerSegments().addAll(Extractors.forApi(ex.api()).answer(node));
    UsageReader.read(node, ex);
    if (ex.answerRewrite() == null) {
      return answer;
    }
    JsonStrings.rewrite(node, ex.answerRewrite()::wholeText);
    return mapper.writeValueAsBytes(node);
  }
}
