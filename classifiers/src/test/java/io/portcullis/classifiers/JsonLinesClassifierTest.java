package io.portcullis.classifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesClassifierTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static List<JsonNode> run(String input, int maxLine) throws Exception {
    StringWriter out = new StringWriter();
    new JsonLinesClassifier(ClassifierTest.CLASSIFIER, maxLine).run(new StringReader(input), out);
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String l : out.toString().split("\n")) {
      lines.add(JSON.readTree(l));
    }
    return lines;
  }

  @Test
  void oneOutputLinePerInputLineWithCodePointOffsets() throws Exception {
    String text = "😀😀 card 4111111111111111 and 身份证11010519491231002X";
    String input = JSON.writeValueAsString(java.util.Map.of("id", "a1", "text", text)) + "\n"
        + "not json\n"
        + "{\"id\": 7}\n"
        + "{\"id\": \"n\", \"text\": 42}\n"
        + "[1,2]\n"
        + "{\"id\": \"e\", \"text\": \"\"}";
    List<JsonNode> out = run(input, JsonLinesClassifier.DEFAULT_MAX_LINE_CHARS);
    assertEquals(6, out.size());
    JsonNode first = out.get(0);
    assertEquals("a1", first.get("id").asText());
    assertEquals(ClassifierTest.CLASSIFIER.identifyLanguage(text), first.get("language").asText());
    JsonNode card = first.get("findings").get(0);
    assertEquals("CREDIT_CARD", card.get("type").asText());
    // Python: text.index("4111") == 8 (each emoji is one code point), len 16.
    int cpStart = text.codePointCount(0, text.indexOf("4111"));
    assertEquals(8, cpStart);
    assertEquals(8, card.get("start").asInt());
    assertEquals(24, card.get("end").asInt());
    JsonNode id = first.get("findings").get(1);
    assertEquals("CN_RESIDENT_ID", id.get("type").asText());
    assertEquals(text.codePointCount(0, text.indexOf("1101")), id.get("start").asInt());
    assertTrue(card.get("score").asDouble() > 0.9);
    assertTrue(card.get("detector").asText().startsWith("pattern/"));

    assertTrue(out.get(1).get("id").isNull());
    assertTrue(out.get(1).get("error").asText().startsWith("not JSON"));
    assertEquals(7, out.get(2).get("id").asInt());
    assertTrue(out.get(2).has("error"));
    assertEquals("n", out.get(3).get("id").asText());
    assertTrue(out.get(3).get("error").asText().contains("not a string"));
    assertTrue(out.get(4).has("error"));
    assertEquals(0, out.get(5).get("findings").size());
  }

  @Test
  void overlongLinesAreRejectedAndTheRunGoesOn() throws Exception {
    String longLine = "{\"id\":\"big\",\"text\":\"" + "x".repeat(500) + "\"}";
    List<JsonNode> out = run(longLine + "\r\n{\"id\":\"ok\",\"text\":\"a@b.com\"}\n", 100);
    assertEquals(2, out.size());
    assertTrue(out.get(0).get("error").asText().contains("longer than 100"));
    assertEquals("EMAIL_ADDRESS", out.get(1).get("findings").get(0).get("type").asText());
  }

  @Test
  void aLineWhoseLanguageCannotBeIdentifiedGetsAnErrorAndTheRunGoesOn() throws Exception {
    Classifier failing = Classifier.builder()
        .detector(ClassifierTest.CLASSIFIER.detectors().get(0))
        .languageIdentifier(text -> {
          if (text.contains("boom")) {
            throw new IllegalStateException("model exploded");
          }
          return "en";
        })
        .build();
    StringWriter out = new StringWriter();
    new JsonLinesClassifier(failing).run(new StringReader(
        "{\"id\":\"bad\",\"text\":\"boom\"}\n{\"id\":\"ok\",\"text\":\"a@b.com\"}\n"), out);
    String[] lines = out.toString().split("\n");
    assertEquals(2, lines.length);
    JsonNode bad = JSON.readTree(lines[0]);
    assertEquals("bad", bad.get("id").asText());
    assertTrue(bad.get("error").asText().contains("model exploded"), bad.toString());
    assertEquals("EMAIL_ADDRESS", JSON.readTree(lines[1]).get("findings").get(0).get("type").asText());
  }
}
