package io.portcullis.classifiers.dictionary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One dictionary file: a header naming the entity type, language and match mode, a line
 * {@code ---}, then one term per line. Lines starting with {@code #} are comments. Example:
 * <pre>
 * type: MEDICAL_CONDITION
 * language: en
 * match: phrase
 * ---
 * diabetes
 * hepatitis B
 * </pre>
 */
public record TermList(Path source, String type, String language, MatchMode mode,
                       List<String> terms) {

  /** Bounds so a broken or hostile file cannot exhaust memory. */
  static final int MAX_TERMS = 100_000;
  static final int MAX_TERM_LENGTH = 200;

  public static TermList read(Path file) throws IOException {
    String type = null;
    String language = null;
    MatchMode mode = null;
    List<String> terms = new ArrayList<>();
    boolean inHeader = true;
    int lineNo = 0;
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (inHeader) {
        if (line.equals("---")) {
          inHeader = false;
          continue;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw invalid(file, lineNo, "header lines are 'key: value' and end with '---'");
        }
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).strip();
        switch (key) {
          case "type" -> type = value;
          case "language" -> language = value.toLowerCase(Locale.ROOT);
          case "match" -> mode = parseMode(file, lineNo, value);
          default -> throw invalid(file, lineNo, "unknown header key '" + key + "'");
        }
        continue;
      }
      if (line.length() > MAX_TERM_LENGTH) {
        throw invalid(file, lineNo, "term longer than " + MAX_TERM_LENGTH + " characters");
      }
      if (terms.size() >= MAX_TERMS) {
        throw invalid(file, lineNo, "more than " + MAX_TERMS + " terms");
      }
      terms.add(line);
    }
    if (inHeader || type == null || language == null || mode == null) {
      throw invalid(file, lineNo, "needs 'type', 'language' and 'match' headers and a '---' line");
    }
    if (!language.equals("en") && !language.equals("zh")) {
      throw invalid(file, lineNo, "language must be en or zh, not " + language);
    }
    return new TermList(file, type, language, mode, List.copyOf(terms));
  }

  private static MatchMode parseMode(Path file, int lineNo, String value) {
    try {
      return MatchMode.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(file, lineNo, "match must be exact, phrase or fuzzy, not " + value);
    }
  }

  private static IllegalArgumentException invalid(Path file, int line, String why) {
    return new IllegalArgumentException("dictionary " + file + ":" + line + ": " + why);
  }
}
