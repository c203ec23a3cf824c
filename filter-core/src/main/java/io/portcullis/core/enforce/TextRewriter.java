package io.portcullis.core.enforce;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.portcullis.classifiers.Finding;
import io.portcullis.core.pipeline.SegmentFindings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Rewrites targeted findings inside a JSON document (request or answer) in place: each segment's
 * text is rebuilt with its targeted spans replaced, then written back at the segment's JSON pointer.
 * Spans come from the classifier on exactly this text, so offsets are exact.
 */
public final class TextRewriter {

  /** What replaces one finding's value (a surrogate, a placeholder). */
  @FunctionalInterface
  public interface Replacement {
    String replace(String type, String value);
  }

  private TextRewriter() {}

  /** Returns how many values were replaced. */
  public static int rewrite(ObjectNode document, List<SegmentFindings> findings, Set<String> targets, Replacement replacement) {
    int replaced = 0;
    for (SegmentFindings sf : findings) {
      List<Finding> hits = new ArrayList<>();
      for (Finding f : sf.findings()) {
        if (targets.contains(f.type())) {
          hits.add(f);
        }
      }
      if (hits.isEmpty()) {
        continue;
      }
      String text = sf.segment().text();
      hits.sort(Comparator.comparingInt(Finding::start));
      StringBuilder out = new StringBuilder(text.length() + 16 * hits.size());
      int at = 0;
      for (Finding f : hits) {
        if (f.start() < at) {
          continue; // resolved findings do not overlap; be safe if a caller passes raw candidates
        }
        out.append(text, at, f.start()).append(replacement.replace(f.type(), text.substring(f.start(), f.end())));
        at = f.end();
        replaced++;
      }
      out.append(text, at, text.length());
      set(document, sf.segment().pointer(), out.toString());
    }
    return replaced;
  }

  /** Replaces the string at an RFC 6901 pointer (which must address an existing string). */
  public static void set(ObjectNode document, String pointer, String text) {
    JsonPointer ptr = JsonPointer.compile(pointer);
    JsonNode parent = document.at(ptr.head());
    JsonPointer last = ptr.last();
    if (parent instanceof ObjectNode obj) {
      obj.set(last.getMatchingProperty(), TextNode.valueOf(text));
    } else if (parent instanceof ArrayNode arr && last.getMatchingIndex() >= 0) {
      arr.set(last.getMatchingIndex(), TextNode.valueOf(text));
    } else {
      throw new IllegalStateException("no string at " + pointer);
    }
  }
}
