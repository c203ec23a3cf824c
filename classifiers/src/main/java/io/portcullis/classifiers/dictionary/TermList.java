package io.portcullis.classifiers.dictionary;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
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
 *
 * @param typeLine  the line of the {@code type:} header, and {@code termLines} the line of each term
 *                  (parallel to {@code terms}): problems found only when the list is compiled (an
 *                  entity type not in the catalog, a term with nothing to match) name them too, so
 *                  the officer who edited the file is sent to the line to fix
 */
public record TermList(Path source, String type, String language, MatchMode mode,
                       List<String> terms, int typeLine, List<Integer> termLines) {

  /** Bounds so a broken or hostile file cannot exhaust memory. */
  static final int MAX_TERMS = 100_000;
  static final int MAX_TERM_LENGTH = 200;

  public static TermList read(Path file) throws IOException {
    String type = null;
    String language = null;
    MatchMode mode = null;
    int typeLine = 0;
    List<String> terms = new ArrayList<>();
    List<Integer> termLines = new ArrayList<>();
    boolean inHeader = true;
    int lineNo = 0;
    for (String raw : lines(file)) {
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
          case "type" -> {
            type = value;
            typeLine = lineNo;
          }
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
      termLines.add(lineNo);
    }
    if (inHeader || type == null || language == null || mode == null) {
      throw invalid(file, lineNo, "needs 'type', 'language' and 'match' headers and a '---' line");
    }
    if (!language.equals("en") && !language.equals("zh")) {
      throw invalid(file, lineNo, "language must be en or zh, not " + language);
    }
    return new TermList(file, type, language, mode, List.copyOf(terms), typeLine,
        List.copyOf(termLines));
  }

  /** A problem with this list at {@code line}, in the same words as a problem found while reading. */
  IllegalArgumentException invalid(int line, String why) {
    return invalid(source, line, why);
  }

  private static List<String> lines(Path file) throws IOException {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      // The JDK's message ("Input length = 1") names neither the file nor the cause.
      throw invalid(file, 0, "not UTF-8 text; save the file as UTF-8");
    }
  }

  private static MatchMode parseMode(Path file, int lineNo, String value) {
    try {
      return MatchMode.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(file, lineNo, "match must be exact, phrase or fuzzy, not " + value);
    }
  }

  /** {@code line} 0: the problem is the whole file's. */
  private static IllegalArgumentException invalid(Path file, int line, String why) {
    return new IllegalArgumentException("dictionary " + file + (line > 0 ? ":" + line : "") + ": " + why);
  }
}
