package io.portcullis.classifiers.nlp;

import io.portcullis.classifiers.LanguageIdentifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * ISO 639-1 language of a text. Scripts decide first, because counting characters costs microseconds
 * while the langdetect-183 model costs ~1.5 ms per 2 KB: kana means Japanese, Hangul Korean, a fair
 * share of Han characters Chinese, and Latin text full of English function words English. Only
 * text whose script does not settle it (other Latin languages, Cyrillic, Arabic, ...) reaches the
 * OpenNLP model, and then only its first {@link #MODEL_SAMPLE} characters.
 */
public final class OpenNlpLanguageIdentifier implements LanguageIdentifier {

  /** Characters inspected for script counts; prompts are long and mostly uniform. */
  static final int SCRIPT_SAMPLE = 4096;
  /** Characters handed to the statistical model when scripts are ambiguous. */
  static final int MODEL_SAMPLE = 1000;
  /** A fifth of the letters in Han reads as Chinese prose with embedded code or names. */
  private static final double HAN_SHARE = 0.2;
  /** Words examined for English function words. */
  static final int MAX_WORDS = 200;
  /** Share of words that are English function words above which Latin text is English. */
  private static final double ENGLISH_FUNCTION_SHARE = 0.12;
  private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "and", "of", "to", "a",
      "in", "is", "it", "you", "that", "for", "on", "with", "this", "are", "be", "as", "was", "i",
      "have", "not", "can", "please", "what", "how", "my", "your", "we", "from", "at", "or", "an",
      "by", "do", "if", "me", "will", "would", "should", "could", "there", "which", "about");

  /** langdetect-183 speaks ISO 639-3 (and macro-language members such as cmn); map the odd ones. */
  private static final Map<String, String> ISO3_OVERRIDES = Map.ofEntries(Map.entry("cmn", "zh"),
      Map.entry("zho", "zh"), Map.entry("yue", "zh"), Map.entry("nob", "nb"), Map.entry("nno", "nn"),
      Map.entry("pes", "fa"), Map.entry("arb", "ar"), Map.entry("ekk", "et"), Map.entry("lvs", "lv"),
      Map.entry("swh", "sw"), Map.entry("zsm", "ms"), Map.entry("khk", "mn"), Map.entry("uzn", "uz"),
      Map.entry("azj", "az"), Map.entry("gug", "gn"), Map.entry("plt", "mg"), Map.entry("ydd", "yi"));
  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  private final LanguageDetectorModel model;
  private final ThreadLocal<LanguageDetectorME> detectors;

  /** Loads langdetect-183 from the opennlp-models-langdetect jar on the classpath. */
  public OpenNlpLanguageIdentifier() {
    try (InputStream in = OpenNlpLanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
      if (in == null) {
        throw new IllegalStateException("langdetect-183.bin not on the classpath "
            + "(org.apache.opennlp:opennlp-models-langdetect)");
      }
      this.model = new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // LanguageDetectorME keeps per-call state; one per thread keeps identify() thread-safe.
    this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
  }

  @Override
  public String identify(String text) {
    String byScript = byScript(text);
    return byScript != null ? byScript : byModel(text);
  }

  /** The language the characters alone prove, or null when the model must decide. */
  static String byScript(String text) {
    int n = Math.min(text.length(), SCRIPT_SAMPLE);
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int latin = 0;
    int other = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          latin++;
        }
      } else if (NameTokenizer.isHan(c)) {
        han++;
      } else if (c >= '\u3040' && c <= '\u30FF') {
        kana++;
      } else if (c >= '\uAC00' && c <= '\uD7AF') {
        hangul++;
      } else if (Character.isLetter(c)) {
        other++;
      }
    }
    int letters = han + kana + hangul + latin + other;
    if (letters == 0) {
      return "en";
    }
    if (kana > 0 && kana * 10 >= han) {
      return "ja";
    }
    if (hangul > 0 && hangul >= HAN_SHARE * letters) {
      return "ko";
    }
    if (han > 0 && han >= HAN_SHARE * letters) {
      return "zh";
    }
    if (other == 0 && looksEnglish(text, n)) {
      return "en";
    }
    return null;
  }

  private static boolean looksEnglish(String text, int n) {
    int words = 0;
    int function = 0;
    int i = 0;
    // The first words decide as well as all of them on prompts, and the per-word lower-casing was
    // most of this identifier's time on long English prompts.
    while (i < n && words < MAX_WORDS) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words++;
        if (i - start <= 6
            && ENGLISH_FUNCTION_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
          function++;
        }
      }
    }
    // Code, identifiers and very short texts carry few function words; English is the safest
    // default for them because the pattern detectors' English context words then apply.
    return words < 4 || function >= ENGLISH_FUNCTION_SHARE * words;
  }

  private String byModel(String text) {
    String sample = text.length() > MODEL_SAMPLE ? text.substring(0, MODEL_SAMPLE) : text;
    Language best = detectors.get().predictLanguage(sample);
    return toIso1(best.getLang());
  }

  static String toIso1(String iso3) {
    String code = ISO3_OVERRIDES.get(iso3);
    if (code == null) {
      code = ISO3_TO_ISO1.get(iso3);
    }
    return code != null ? code : iso3;
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        map.put(Locale.of(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException e) {
        // a language without a three-letter code cannot come out of the model either
      }
    }
    return Map.copyOf(map);
  }
}
