package io.portcullis.classifiers.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Vetoes finder spans that are obviously not names. Any type: a single calendar or everyday
 * capitalised word ("Monday", "March", "Christmas", "Thanks"), which the English model, trained
 * on few such negatives, sometimes takes for a place or a person. PERSON only: Latin text without
 * a single capital letter (people capitalise names; the model's lower-case hits are mostly verbs
 * and nouns next to a name). Chinese spans have no case and are only checked against the words.
 */
final class NameFilter {

  private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
      "september", "october", "november", "december", "christmas", "easter", "thanksgiving",
      "today", "tomorrow", "yesterday", "hello", "hi", "dear", "thanks", "regards", "please", "ok");

  private NameFilter() {}

  static boolean plausible(String type, String text, int start, int end) {
    if (end - start <= 12 && NOT_NAMES.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (!type.equals("PERSON")) {
      return true;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c) || NameTokenizer.isHan(c)) {
        return true;
      }
    }
    return false;
  }
}
