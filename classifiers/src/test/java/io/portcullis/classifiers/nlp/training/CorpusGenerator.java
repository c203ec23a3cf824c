package io.portcullis.classifiers.nlp.training;

import io.portcullis.classifiers.nlp.NameTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Turns templates and entity pools into labelled {@link NameSample}s, tokenized exactly as
 * {@link io.portcullis.classifiers.nlp.NameDetector} tokenizes at run time. Deterministic for a seed.
 * Noise: doubled spaces, a lower-cased sentence now and then, chatter around the sentence, two
 * sentences glued together, random code and log lines as negatives.
 */
public final class CorpusGenerator {

  public enum Language { EN, ZH }

  /**
   * Shares of the training corpus given to negative shapes and to composed sentences, per language
   * (override: -DcomposedShare.EN=0.1). Chosen on the held-out scores in training/results.txt.
   */
  private static double share(String name, Language language, double english, double chinese) {
    return Double.parseDouble(System.getProperty(name + "." + language,
        String.valueOf(language == Language.EN ? english : chinese)));
  }

  private final EntityPools pools;

  private final boolean heldOut;

  /** {@code heldOut} picks the held-out templates and the held-out quarter of person names. */
  public CorpusGenerator(long seed, boolean heldOut) {
    this.pools = new EntityPools(seed, heldOut);
    this.heldOut = heldOut;
  }

  /** {@code count} samples drawn from the training or held-out template set. */
  public List<NameSample> generate(Language language, int count) {
    return generateText(language, count).stream().map(CorpusGenerator::toSample).toList();
  }

  /** The same sentences as text with character-offset entity spans (for detector-level scoring). */
  public List<Labelled> generateText(Language language, int count) {
    List<String> templates = switch (language) {
      case EN -> heldOut ? Templates.EN_HELD_OUT : Templates.EN_TRAIN;
      case ZH -> heldOut ? Templates.ZH_HELD_OUT : Templates.ZH_TRAIN;
    };
    List<String> negatives = language == Language.EN ? Templates.EN_NEGATIVE : Templates.ZH_NEGATIVE;
    double negativeShare = share("negativeShare", language, 0.0, 0.07);
    double composedShare = share("composedShare", language, 0.0, 0.31);
    List<Labelled> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double r = pools.random().nextDouble();
      Labelled sentence;
      if (r < 0.10) {
        sentence = Labelled.plain(machineLine());
      } else if (r < 0.18) {
        sentence = Labelled.plain(pools.pick(negatives));
      } else if (!heldOut && r < 0.35) {
        sentence = fill(fragmentTemplate(language), language);
      } else if (!heldOut && r < 0.35 + negativeShare) {
        sentence = Labelled.plain(negativeShape(language));
      } else if (!heldOut && r < 0.35 + negativeShare + composedShare) {
        sentence = fill(composedTemplate(language), language);
      } else {
        sentence = fill(pools.pick(templates), language);
        if (pools.chance(0.15)) {
          sentence = sentence.append(language == Language.EN ? " " : "",
              fill(pools.pick(templates), language));
        }
      }
      out.add(noise(sentence, language));
    }
    return out;
  }

  /** A template of random fragments and 1-3 entity slots (training only). */
  private String fragmentTemplate(Language language) {
    List<String> fragments = language == Language.EN ? Templates.EN_FRAGMENTS : Templates.ZH_FRAGMENTS;
    String sep = language == Language.EN ? " " : "";
    StringBuilder t = new StringBuilder();
    int slots = 1 + pools.random().nextInt(3);
    if (pools.chance(0.5)) {
      t.append(pools.pick(fragments)).append(sep);
    }
    for (int i = 0; i < slots; i++) {
      t.append(pools.pick(List.of("{PER}", "{PER}", "{LOC}", "{ORG}"))).append(sep);
      t.append(pools.pick(fragments)).append(sep);
      for (int w = pools.random().nextInt(4); w > 0; w--) {
        t.append(filler(language)).append(sep);
      }
    }
    return t.toString().strip();
  }

  /** Opener + subject + predicate + tail, or one free-standing shape (training only). */
  private String composedTemplate(Language language) {
    boolean en = language == Language.EN;
    if (pools.chance(0.35)) {
      return pools.pick(en ? Templates.EN_SHAPES : Templates.ZH_SHAPES);
    }
    String opener = pools.pick(en ? Templates.EN_OPENERS : Templates.ZH_OPENERS);
    String subject = pools.pick(en ? Templates.EN_SUBJECTS : Templates.ZH_SUBJECTS);
    String predicate = pools.pick(en ? Templates.EN_PREDICATES : Templates.ZH_PREDICATES);
    String tail = pools.pick(en ? Templates.EN_TAILS : Templates.ZH_TAILS);
    if (en) {
      String start = opener.isEmpty() ? subject : opener + " " + subject;
      // Sentence-initial lower-case words ("my colleague") get their capital, as people write them.
      start = Character.toUpperCase(start.charAt(0)) + start.substring(1);
      return start + " " + predicate + tail;
    }
    return opener + subject + predicate + tail;
  }

  /** A sentence of capitalised non-names or Chinese look-alike words (training only). */
  private String negativeShape(Language language) {
    boolean en = language == Language.EN;
    String shape = pools.pick(en ? Templates.EN_NEGATIVE_SHAPES : Templates.ZH_NEGATIVE_SHAPES);
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (int w = shape.indexOf("{W}"); w >= 0; w = shape.indexOf("{W}", i)) {
      out.append(shape, i, w)
          .append(pools.pick(en ? Templates.EN_CAPITALISED_WORDS : Templates.ZH_LOOKALIKE_WORDS));
      i = w + 3;
    }
    return out.append(shape.substring(i)).toString();
  }

  private String filler(Language language) {
    if (language == Language.ZH) {
      return pools.pick(Templates.ZH_FILLER);
    }
    var words = pools.englishFaker().word();
    return switch (pools.random().nextInt(4)) {
      case 0 -> words.noun();
      case 1 -> words.verb();
      case 2 -> words.adjective();
      default -> words.adverb();
    };
  }

  private Labelled fill(String template, Language language) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        text.append(template, i, template.length());
        break;
      }
      text.append(template, i, open);
      int close = template.indexOf('}', open);
      String slot = template.substring(open + 1, close);
      boolean zh = language == Language.ZH && !isLatinContext(template);
      String value;
      String type;
      switch (slot) {
        case "PER" -> { value = zh ? pools.chinesePerson() : pools.englishPerson(); type = "person"; }
        case "FIRST" -> { value = zh ? pools.chinesePerson() : pools.englishFirstName(); type = "person"; }
        case "SUR" -> { value = zh ? pools.chinesePerson().substring(0, 1) : pools.englishSurname(); type = "person"; }
        case "LOC" -> { value = zh ? pools.chineseLocation() : pools.englishLocation(); type = "location"; }
        case "ORG" -> { value = zh ? pools.chineseOrganization() : pools.englishOrganization(); type = "organization"; }
        default -> throw new IllegalArgumentException("unknown slot " + slot);
      }
      spans.add(new Span(text.length(), text.length() + value.length(), type));
      text.append(value);
      i = close + 1;
    }
    return new Labelled(text.toString(), spans);
  }

  /** An English template inside the Chinese set: names stay Latin (mixed-language prompts). */
  private static boolean isLatinContext(String template) {
    return template.chars().noneMatch(c -> NameTokenizer.isHan((char) c));
  }

  private Labelled noise(Labelled s, Language language) {
    if (language == Language.EN && pools.chance(0.03)) {
      s = new Labelled(s.text.toLowerCase(Locale.ROOT), s.spans);
    }
    if (pools.chance(0.1)) {
      String chatter = language == Language.EN
          ? pools.pick(List.of("ok so ", "Quick question: ", "FYI - ", ">> ", "Hey, "))
          : pools.pick(List.of("你好，", "问一下：", "补充：", "另外，", "> "));
      s = Labelled.plain(chatter).append("", s);
    }
    if (pools.chance(0.05)) {
      s = s.append("", Labelled.plain(pools.pick(List.of(" :)", " 🙂", "!!", " thx", "…"))));
    }
    return s;
  }

  private String machineLine() {
    String[] levels = {"INFO", "WARN", "ERROR", "DEBUG"};
    String ident = pools.pick(List.of("UserService", "OrderController", "HttpClient", "KafkaConsumer",
        "PaymentGateway", "SessionManager", "DataLoader", "AuthFilter"));
    return switch (pools.random().nextInt(6)) {
      case 0 -> "2025-0" + (1 + pools.random().nextInt(9)) + "-1" + pools.random().nextInt(10)
          + "T12:0" + pools.random().nextInt(10) + ":33Z " + pools.pick(List.of(levels)) + " [main] "
          + "io.example." + ident + " - Started in " + pools.random().nextInt(900) + " ms";
      case 1 -> "public " + ident + " create" + ident + "(String name, int id) {";
      case 2 -> "SELECT Id, Name, CreatedAt FROM " + ident + " WHERE Status = 'Active';";
      case 3 -> "at io.example." + ident + ".run(" + ident + ".java:" + pools.random().nextInt(500) + ")";
      case 4 -> "import { " + ident + " } from './" + ident + "';";
      default -> "Exception in thread \"main\" java.lang.IllegalStateException: " + ident + " not ready";
    };
  }

  private static NameSample toSample(Labelled s) {
    Span[] tokens = NameTokenizer.tokenize(s.text, 0, s.text.length());
    List<Span> names = new ArrayList<>();
    for (Span entity : s.spans) {
      int first = -1;
      int last = -1;
      for (int t = 0; t < tokens.length; t++) {
        if (tokens[t].getStart() >= entity.getStart() && tokens[t].getEnd() <= entity.getEnd()) {
          if (first < 0) {
            first = t;
          }
          last = t;
        }
      }
      if (first >= 0) {
        names.add(new Span(first, last + 1, entity.getType()));
      }
    }
    return new NameSample(NameTokenizer.strings(s.text, tokens), names.toArray(new Span[0]), true);
  }

  /** A sentence with character-offset entity spans. */
  public record Labelled(String text, List<Span> spans) {
    static Labelled plain(String text) {
      return new Labelled(text, List.of());
    }

    Labelled append(String separator, Labelled other) {
      List<Span> all = new ArrayList<>(spans);
      int shift = text.length() + separator.length();
      for (Span s : other.spans) {
        all.add(new Span(s.getStart() + shift, s.getEnd() + shift, s.getType()));
      }
      return new Labelled(text + separator + other.text, all);
    }
  }
}
