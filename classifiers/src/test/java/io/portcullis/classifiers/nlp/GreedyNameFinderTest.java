package io.portcullis.classifiers.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.classifiers.nlp.bench.BenchmarkInputs;
import io.portcullis.classifiers.nlp.training.CorpusGenerator;
import io.portcullis.classifiers.nlp.training.CorpusGenerator.Labelled;
import io.portcullis.classifiers.nlp.training.CorpusGenerator.Language;
import io.portcullis.classifiers.nlp.training.NameModelTrainer;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The greedy decoder must be a drop-in for OpenNLP's NameFinderME with the models' beam size of 1:
 * the same spans, types and probabilities on the whole held-out corpus and on mixed prompts with
 * code and log lines, sentence by sentence as the detector tokenizes them; with the shipped
 * models' generators compiled (production) and run per token (the path for other generators).
 */
class GreedyNameFinderTest {

  @ParameterizedTest
  @CsvSource({"EN,true", "ZH,true", "EN,false", "ZH,false"})
  void sameSpansAndProbabilitiesAsNameFinderMeWithBeamOne(Language language, boolean compiled) {
    TokenNameFinderModel model = NameDetector.loadModel(language == Language.EN
        ? NameDetector.ENGLISH_MODEL : NameDetector.CHINESE_MODEL);
    NameFinderME reference = new NameFinderME(model);
    GreedyNameFinder greedy = new GreedyNameFinder(model, compiled);
    assertEquals(compiled, greedy.compiledFeatures());
    List<String> texts = new ArrayList<>();
    for (Labelled s : new CorpusGenerator(NameModelTrainer.HELD_OUT_SEED + language.ordinal(), true)
        .generateText(language, NameModelTrainer.HELD_OUT_SIZE)) {
      texts.add(s.text());
    }
    texts.addAll(BenchmarkInputs.mixedPrompts(8));
    int sentences = 0;
    int names = 0;
    for (String text : texts) {
      List<String[]> tokenized = new ArrayList<>();
      SentenceSplitter.split(text, (start, end) -> tokenized.add(
          NameTokenizer.strings(text, NameTokenizer.tokenize(text, start, end))));
      for (String[] tokens : tokenized) {
        if (tokens.length == 0) {
          continue;
        }
        Span[] expected = reference.find(tokens);
        reference.clearAdaptiveData();
        Span[] actual = greedy.find(tokens);
        assertEquals(describe(expected), describe(actual), () -> String.join(" ", tokens));
        sentences++;
        names += expected.length;
      }
    }
    assertTrue(sentences > 1_000 && names > 500, sentences + " sentences, " + names + " names");
  }

  @Test
  void windowsLimitWhichTokensAreScored() {
    GreedyNameFinder greedy = new GreedyNameFinder(NameDetector.loadModel(NameDetector.ENGLISH_MODEL));
    String[] tokens = "Yesterday Sarah Johnson met the team from Acme Corp in Chicago .".split(" ");
    Span[] all = greedy.find(tokens);
    assertEquals(describe(all), describe(greedy.find(tokens, new Span[] {new Span(0, tokens.length)})));
    assertTrue(all.length >= 2, () -> List.of(all).toString());
    // Only "Sarah Johnson" (tokens 1-2) inside a window: nothing is found elsewhere, and the
    // window's tokens still see their neighbours outside it.
    Span[] windowed = greedy.find(tokens, new Span[] {new Span(1, 3)});
    for (Span s : windowed) {
      assertTrue(s.getStart() >= 1 && s.getEnd() <= 3, s::toString);
    }
    assertEquals(List.of(new Span(1, 3, "person")), List.of(windowed));
  }

  /** Spans with type and the exact probability (Span.equals ignores the probability). */
  private static List<String> describe(Span[] spans) {
    List<String> out = new ArrayList<>();
    for (Span s : spans) {
      out.add(s + " p=" + Double.doubleToLongBits(s.getProb()));
    }
    return out;
  }
}
