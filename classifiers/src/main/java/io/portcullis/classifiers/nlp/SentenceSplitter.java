package io.portcullis.classifiers.nlp;

import java.util.Set;

/**
 * Cheap rule-based sentence boundaries: line breaks, Chinese full stops (。！？；), and Latin
 * . ! ? followed by white space unless the word before is a title or company abbreviation
 * ("Dr. Smith", "Acme Inc. said"). The name finder only needs sentence-sized pieces of bounded
 * length, not linguistically perfect sentences, so a statistical sentence model (and its ~1 ms per
 * 2 KB) is not worth it here.
 */
final class SentenceSplitter {

  /** Longer "sentences" (minified code, tables) are cut so one finder call stays bounded. */
  static final int MAX_SENTENCE = 400;

  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st",
      "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "mt", "gen", "col", "rev", "e.g", "i.e");

  interface SentenceConsumer {
    void sentence(int start, int end);
  }

  private SentenceSplitter() {}

  static void split(String text, SentenceConsumer consumer) {
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean boundary = c == '\n' || c == '。' || c == '！' || c == '？' || c == '；'
          || ((c == '.' || c == '!' || c == '?') && i + 1 < n
              && Character.isWhitespace(text.charAt(i + 1)) && !(c == '.' && abbreviation(text, i)));
      if (boundary || i + 1 - start >= MAX_SENTENCE) {
        emit(text, start, i + 1, consumer);
        start = i + 1;
      }
    }
    emit(text, start, n, consumer);
  }

  private static void emit(String text, int start, int end, SentenceConsumer consumer) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start < end) {
      consumer.sentence(start, end);
    }
  }

  private static boolean abbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')
        && dot - s < 5) {
      s--;
    }
    if (s == dot) {
      return false;
    }
    String word = text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
    // A single capital letter before the dot is a middle initial ("John F. Kennedy").
    return ABBREVIATIONS.contains(word) || (dot - s == 1 && Character.isUpperCase(text.charAt(s)));
  }
}
