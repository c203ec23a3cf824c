package io.portcullis.classifiers.dictionary;

/**
 * Which scripts a text holds, so that a field whose terms cannot occur in it (Chinese bigrams in
 * an all-English prompt, English words in an all-Chinese one) is not analysed at all. Chinese terms
 * may hold Latin letters ("HIV阳性"), but never without a Han character.
 */
record Scripts(boolean latin, boolean han) {

  static Scripts of(String text) {
    boolean latin = false;
    boolean han = false;
    for (int i = 0; i < text.length() && !(latin && han); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        latin |= (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      } else if (c >= 0xFF21 && c <= 0xFF5A) {
        latin = true; // full-width Latin letters; the analyzers fold them
      } else if (!han) {
        han = Character.isIdeographic(c) || Character.isSurrogate(c);
      }
    }
    return new Scripts(latin, han);
  }
}
