package io.portcullis.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Knows, for one API shape, where the text lives: in the request, in a whole answer, and in one
 * streamed event. One implementation per shape, so a new field is added in exactly one place.
 */
public interface SegmentExtractor {

  List<TextSegment> request(JsonNode body);

  List<TextSegment> answer(JsonNode body);

  /** Text carried by one parsed SSE {@code data:} payload of a streamed answer (a delta). */
  List<TextSegment> streamDelta(JsonNode event);
}
