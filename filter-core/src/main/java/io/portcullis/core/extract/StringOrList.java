package io.portcullis.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Fields such as {@code prompt} and embeddings {@code input} take a string or a list of strings (or token ids, which carry no text we can read). */
final class StringOrList {
  private StringOrList() {}

  static void add(JsonNode node, String pointer, List<TextSegment> out) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      Pointers.addText(node, pointer, out);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Pointers.addText(node.get(i), Pointers.child(pointer, i), out);
      }
    }
  }
}
