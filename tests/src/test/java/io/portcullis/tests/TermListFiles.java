package io.portcullis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A dictionary directory of the test's own, edited the way a compliance officer edits one, and
 * what the proxy finds with it, asked the way the officer would ask: {@code POST /admin/v1/explain}.
 */
final class TermListFiles {
  private TermListFiles() {}

  /** Under target/, so {@code mvn clean} takes it; a test class's own, since tests edit it. */
  static Path newDirectory(String name, String... terms) {
    try {
      Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "dictionaries-");
      write(dir, name, "MEDICAL_CONDITION", terms);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An English list matched word for word. */
  static void write(Path dir, String name, String type, String... terms) throws IOException {
    Files.writeString(dir.resolve(name), "type: " + type + "\nlanguage: en\nmatch: exact\n---\n"
        + String.join("\n", terms) + "\n");
  }

  /** The explanations of the dictionary findings in {@code text}, e.g. "exact match of 'asthma' from a.terms". */
  static List<String> found(ProxyFixture fx, String adminKey, String text) throws Exception {
    HttpResponse<String> r = Http.postJson(fx.baseUrl + "/admin/v1/explain", adminKey,
        Http.JSON.createObjectNode().put("tenant", "acme-us").put("model", "demo-gpt").put("text", text).toString());
    assertEquals(200, r.statusCode(), r.body());
    List<String> out = new ArrayList<>();
    for (JsonNode f : Http.json(r).path("findings")) {
      if (f.path("detector").asText().equals("dictionary")) {
        out.add(f.path("explanation").asText());
      }
    }
    return out;
  }

  /** {@link #found} once it satisfies {@code until}, or what it is after 10 s. */
  static List<String> foundOnce(ProxyFixture fx, String adminKey, String text, Predicate<List<String>> until)
      throws Exception {
    long deadline = System.currentTimeMillis() + 10_000;
    List<String> found = found(fx, adminKey, text);
    while (!until.test(found) && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
      found = found(fx, adminKey, text);
    }
    return found;
  }
}
