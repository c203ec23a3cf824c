package io.portcullis.core.upstream;

import io.portcullis.core.pipeline.Exchange;
import io.portcullis.core.pipeline.SegmentFindings;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What {@code server.debug-headers} shows a developer: request entity types with counts, and the decision. */
final class DebugHeaders {
  private DebugHeaders() {}

  static String findings(Exchange ex) {
    Map<String, Integer> counts = new TreeMap<>();
    for (SegmentFindings sf : ex.requestFindings()) {
      sf.findings().forEach(f -> counts.merge(f.type(), 1, Integer::sum));
    }
    return counts.isEmpty() ? "none"
        : counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
  }

  static String decision(Exchange ex) {
    if (ex.decision() == null) {
      return ex.policyNote() != null ? ex.policyNote() : "none";
    }
    return ex.decision().action().name().toLowerCase(Locale.ROOT) + " " + ex.decision().revision();
  }
}
