package io.portcullis.core.enforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.function.UnaryOperator;

/** Applies a text rewrite to every string value in a JSON tree (keys are left alone). */
public final class JsonStrings {
  private JsonStrings() {}

  public static void rewrite(JsonNode node, UnaryOperator<String> rewrite) {
    if (node instanceof ObjectNode obj) {
      obj.properties().forEach(e -> {
        JsonNode v = e.getValue();
        if (v.isTextual()) {
          String r = rewrite.apply(v.textValue());
          if (!r.equals(v.textValue())) {
            e.setValue(TextNode.valueOf(r));
          }
        } else {
          rewrite(v, rewrite);
        }
      });
    } else if (node instanceof ArrayNode arr) {
      for (int i = 0; i < arr.size(); i++) {
        JsonNode v = arr.get(i);
        if (v.isTextual()) {
          arr.set(i, TextNode.valueOf(rewrite.apply(v.textValue())));
        } else {
          rewrite(v, rewrite);
        }
      }
    }
  }
}
