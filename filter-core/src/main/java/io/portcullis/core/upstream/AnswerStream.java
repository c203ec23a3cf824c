package io.portcullis.core.upstream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portcullis.core.enforce.StreamInspector;
import io.portcullis.core.extract.Extractors;
import io.portcullis.core.extract.SegmentExtractor;
import io.portcullis.core.pipeline.Exchange;
import io.vertx.core.buffer.Buffer;

/**
 * One streamed answer on its way to the caller, chunk by chunk: events are cut out whatever the chunk
 * boundaries, their text deltas and usage are noted on the exchange (for the completion record), and
 * when the exchange's answer must be rewritten each event goes through a {@link StreamInspector}.
 * Used by the proxy's relay and by {@code /v1/inspect/answer}, so both treat a stream identically.
 */
public final class AnswerStream {
  private final Exchange ex;
  private final ObjectMapper mapper;
  private final SegmentExtractor extractor;
  private final StreamInspector inspector;
  private final SseEventSplitter splitter;
  private Buffer out;

  public AnswerStream(Exchange ex, ObjectMapper mapper, int maxEventBytes) {
    this.ex = ex;
    this.mapper = mapper;
    this.extractor = Extractors.forApi(ex.api());
    // Without an answer rewrite the provider's bytes go out as they came; with one, event by event.
    this.inspector = ex.answerRewrite() == null ? null
        : new StreamInspector(ex.api(), mapper, ex.answerRewrite()::newFieldFilter, ex.answerRewrite()::wholeText);
    this.splitter = new SseEventSplitter(maxEventBytes, this::onEvent);
  }

  /** Whether events are rewritten (CPU work: classification) rather than relayed as they came. */
  public boolean rewrites() {
    return inspector != null;
  }

  /**
   * What to send the caller for this chunk: the chunk itself, or the rewritten complete events in it.
   *
   * @throws IllegalStateException when one event grows past the size limit (an upstream fault)
   */
  public Buffer feed(Buffer chunk) {
    out = inspector == null ? chunk : Buffer.buffer();
    splitter.feed(chunk);
    ex.answerSent(out);
    return out;
  }

  /**
   * What to send the caller once the provider's stream has ended: text the inspection still held
   * back (inspected, as well-formed events of the stream's shape) when the provider never sent the
   * events that release it. Empty when nothing is rewritten or nothing was held.
   */
  public Buffer finish() {
    Buffer rest = inspector == null ? Buffer.buffer() : Buffer.buffer(inspector.finish());
    ex.answerSent(rest);
    return rest;
  }

  private void onEvent(SseEventSplitter.SseEvent event) {
    if (!event.data().isEmpty() && event.data().charAt(0) == '{') {
      try {
        JsonNode node = mapper.readTree(event.data());
        ex.answerSegments().addAll(extractor.streamDelta(node));
        UsageReader.read(node, ex);
      } catch (JsonProcessingException ignored) {
        // A provider's malformed event is relayed as it is; the caller's SDK reports it.
      }
    }
    if (inspector != null) {
      out.appendString(inspector.onEvent(event));
    }
  }
}
