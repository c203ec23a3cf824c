package io.portcullis.classifiers.nlp;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Gazetteer features for the name finder: "this token is inside an entry of list X", for the token
 * itself and its two neighbours. It replaces OpenNLP's DictionaryFeatureGenerator, which in 2.5
 * drops the configured prefix (so every list produced the same feature and the model could not tell
 * a first name from a city) and allocates a StringList per token and list. Here all lists are one
 * precomputed map ({@link WordLists}) matched once per sentence, and the feature strings are
 * constants, so a token costs a few array reads.
 */
final class WordListFeatureGenerator implements AdaptiveFeatureGenerator {

  private final WordLists lists;
  private final String[] self;
  private final String[] previous;
  private final String[] next;

  private String[] sentence;
  private int[] masks;

  WordListFeatureGenerator(WordLists lists) {
    this.lists = lists;
    int n = lists.names().size();
    self = new String[n];
    previous = new String[n];
    next = new String[n];
    for (int i = 0; i < n; i++) {
      String name = lists.names().get(i);
      self[i] = "g=" + name;
      previous[i] = "pg=" + name;
      next[i] = "ng=" + name;
    }
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index,
                             String[] previousOutcomes) {
    // The finder asks for every token of one sentence in turn: match the sentence once.
    if (tokens != sentence) {
      sentence = tokens;
      masks = lists.match(tokens);
    }
    add(features, masks[index], self);
    if (index > 0) {
      add(features, masks[index - 1], previous);
    }
    if (index + 1 < tokens.length) {
      add(features, masks[index + 1], next);
    }
  }

  private static void add(List<String> features, int mask, String[] names) {
    for (int bit = 0; mask != 0; bit++, mask >>>= 1) {
      if ((mask & 1) != 0) {
        features.add(names[bit]);
      }
    }
  }

  WordLists lists() {
    return lists;
  }

  /** Feature names by list bit: for the token itself, its left and its right neighbour. */
  String[][] featureNames() {
    return new String[][] {self.clone(), previous.clone(), next.clone()};
  }

  @Override
  public void clearAdaptiveData() {
    sentence = null;
    masks = null;
  }
}
