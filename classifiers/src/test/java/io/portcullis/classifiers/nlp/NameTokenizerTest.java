package io.portcullis.classifiers.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portcullis.classifiers.nlp.bench.BenchmarkInputs;
import io.portcullis.classifiers.nlp.training.CorpusGenerator;
import io.portcullis.classifiers.nlp.training.CorpusGenerator.Labelled;
import io.portcullis.classifiers.nlp.training.CorpusGenerator.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The one-pass tokenizer must split exactly as the models were trained: each Han character alone,
 * every other run through OpenNLP's SimpleTokenizer (the previous implementation, kept here as
 * the reference).
 */
class NameTokenizerTest {

  @Test
  void splitsAsSimpleTokenizerBetweenHanCharacters() {
    String text = "王建国 is in Shanghai...! x12ab---上海2024年";
    assertEquals(List.of("王", "建", "国", "is", "in", "Shanghai", "...", "!", "x", "12", "ab",
            "---", "上", "海", "2024", "年"),
        List.of(NameTokenizer.strings(text, NameTokenizer.tokenize(text, 0, text.length()))));
  }

  @Test
  void sameTokensAsSimpleTokenizerOnCorporaAndRandomText() {
    List<String> texts = new ArrayList<>(BenchmarkInputs.mixedPrompts(16));
    for (Language language : Language.values()) {
      for (Labelled s : new CorpusGenerator(99 + language.ordinal(), true)
          .generateText(language, 2_000)) {
        texts.add(s.text());
      }
    }
    Random random = new Random(5);
    String alphabet = "aZ09 \t\n\u00a0\u3000.,--!!é王上海。，ＩＤ１２\u3400\uF900\u4DC0_@#";
    for (int k = 0; k < 3_000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(sb.toString());
    }
    for (String text : texts) {
      for (int from : new int[] {0, text.length() / 3}) {
        Span[] expected = reference(text, from, text.length());
        Span[] actual = NameTokenizer.tokenize(text, from, text.length());
        assertArrayEquals(expected, actual, text);
        assertArrayEquals(NameTokenizer.strings(text, expected), NameTokenizer.strings(text, actual));
      }
    }
  }

  /** The tokenizer as trained: SimpleTokenizer over each substring between Han characters. */
  private static Span[] reference(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    int runStart = -1;
    for (int i = from; i < to; i++) {
      if (NameTokenizer.isHan(text.charAt(i))) {
        if (runStart >= 0) {
          simple(text, runStart, i, out);
          runStart = -1;
        }
        out.add(new Span(i, i + 1));
      } else if (runStart < 0) {
        runStart = i;
      }
    }
    if (runStart >= 0) {
      simple(text, runStart, to, out);
    }
    return out.toArray(new Span[0]);
  }

  private static void simple(String text, int start, int end, List<Span> out) {
    for (Span s : SimpleTokenizer.INSTANCE.tokenizePos(text.substring(start, end))) {
      out.add(new Span(s.getStart() + start, s.getEnd() + start));
    }
  }
}
