package io.portcullis.classifiers;

/**
 * Tells Chinese from everything else by script alone: if Han characters make up a fair share of the
 * letters the text is "zh", otherwise "en". Costs one pass over at most {@link #SAMPLE} chars, which
 * is all the detectors need (they only switch region hints and context words on it).
 */
public final class ScriptLanguageIdentifier implements LanguageIdentifier {

  /** Enough characters to decide; prompts are often long and uniform. */
  static final int SAMPLE = 4096;

  /**
   * One Han character carries roughly a word, so a text where a fifth of the letters are Han reads
   * as Chinese prose with embedded code or identifiers.
   */
  private static final double HAN_SHARE = 0.2;

  @Override
  public String identify(String text) {
    int han = 0;
    int latin = 0;
    int n = Math.min(text.length(), SAMPLE);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          latin++;
        }
      } else if (isHan(c)) {
        han++;
      }
    }
    return han > 0 && han >= HAN_SHARE * (han + latin) ? "zh" : "en";
  }

  /** CJK unified ideographs and extension A (BMP); supplementary planes are rare in prose. */
  static boolean isHan(char c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
  }
}
