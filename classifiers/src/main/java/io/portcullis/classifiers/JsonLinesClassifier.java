package io.portcullis.classifiers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

/**
 * The CLI contract of {@code portcullis classify}: JSON lines {@code {"id": …, "text": "…"}} in, one
 * line out per line in: {@code {"id": …, "language": "en", "findings": [{"type", "start", "end",
 * "score", "detector", …}]}} with start/end counted in Unicode code points (end exclusive). A bad
 * line gets {@code {"id": <id or null>, "error": "…"}} and the run goes on. Optional input fields:
 * {@code "language"} (skip identification) and {@code "region"} (tenant region hint).
 *
 * <p>No {@code main} here: the process around it, and which classifier it gets (the shipped
 * dictionaries by default), is {@code portcullis classify} in filter-core, so the CLI has one set of
 * defaults.
 */
public final class JsonLinesClassifier {

  /** Longest accepted line, in chars; longer lines are skipped with an error. */
  public static final int DEFAULT_MAX_LINE_CHARS = 16 * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Classifier classifier;
  private final int maxLineChars;

  public JsonLinesClassifier(Classifier classifier) {
    this(classifier, DEFAULT_MAX_LINE_CHARS);
  }

  public JsonLinesClassifier(Classifier classifier, int maxLineChars) {
    this.classifier = classifier;
    this.maxLineChars = maxLineChars;
  }

  /** Processes every line of {@code in}; flushes {@code out} after each so pipes stream. */
  public void run(Reader in, Writer out) throws IOException {
    BufferedReader reader = in instanceof BufferedReader br ? br : new BufferedReader(in, 65536);
    StringBuilder line = new StringBuilder();
    while (true) {
      int status = readLine(reader, line);
      boolean eof = (status & EOF) != 0;
      boolean tooLong = (status & TOO_LONG) != 0;
      if (eof && !tooLong && line.isEmpty()) {
        break;
      }
      String result = tooLong
          ? error(null, "line longer than " + maxLineChars + " characters")
          : handle(line.toString());
      out.write(result);
      out.write('\n');
      out.flush();
      if (eof) {
        break;
      }
    }
  }

  // readLine status bits
  private static final int OK = 0;
  private static final int EOF = 1;
  private static final int TOO_LONG = 2;

  /** Reads one line into {@code line} without its terminator, never holding more than the cap. */
  private int readLine(BufferedReader reader, StringBuilder line) throws IOException {
    line.setLength(0);
    boolean tooLong = false;
    int c;
    while ((c = reader.read()) >= 0) {
      if (c == '\n') {
        break;
      }
      if (line.length() < maxLineChars) {
        line.append((char) c);
      } else {
        tooLong = true;
      }
    }
    if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
      line.setLength(line.length() - 1);
    }
    if (tooLong) {
      line.setLength(0);
      return c < 0 ? EOF | TOO_LONG : TOO_LONG;
    }
    return c < 0 ? EOF : OK;
  }

  /** One input line to one output line. */
  String handle(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return error(null, "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return error(null, "line is not a JSON object");
    }
    JsonNode id = node.get("id");
    JsonNode text = node.get("text");
    if (text == null) {
      return error(id, "missing \"text\"");
    }
    if (!text.isTextual()) {
      return error(id, "\"text\" is not a string");
    }
    String s = text.asText();
    String language = optionalText(node, "language");
    List<Finding> findings;
    // Identification runs a model on the caller's text too: whatever it throws is this line's
    // error, like the detectors', and the run goes on.
    try {
      if (language == null) {
        language = classifier.identifyLanguage(s);
      }
      findings = classifier.classify(s, new ClassificationContext(language,
          optionalText(node, "region"), java.util.Set.of()));
    } catch (RuntimeException e) {
      return error(id, "classification failed: " + e);
    }
    ObjectNode result = JSON.createObjectNode();
    result.set("id", id);
    result.put("language", language);
    ArrayNode array = result.putArray("findings");
    // Findings come ordered by start, so code point offsets are counted incrementally.
    int charPos = 0;
    int cpPos = 0;
    for (Finding f : findings) {
      cpPos += s.codePointCount(charPos, f.start());
      charPos = f.start();
      int cpEnd = cpPos + s.codePointCount(f.start(), f.end());
      ObjectNode o = array.addObject();
      o.put("type", f.type());
      o.put("start", cpPos);
      o.put("end", cpEnd);
      o.put("score", Math.round(f.score() * 1000) / 1000.0);
      o.put("detector", f.detector());
      o.put("category", f.category());
      o.put("level", f.level());
      o.put("validated", f.validated());
      o.put("explanation", f.explanation());
    }
    return result.toString();
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
  }

  private static String error(JsonNode id, String message) {
    ObjectNode o = JSON.createObjectNode();
    o.set("id", id == null ? JSON.nullNode() : id);
    o.put("error", message);
    return o.toString();
  }
}
