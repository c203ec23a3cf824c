package io.portcullis.classifiers.nlp;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's token shape ("lc", "ic", "2d", ...), which the name finder's previous-outcome feature
 * uses, remembered per token: {@code FeatureGeneratorUtil.tokenFeature} classifies every character
 * and may run a regular expression. Per thread; cleared when it grows past a bound.
 */
final class TokenShapes {

  private static final int MAX_CACHED = 50_000;

  private final Map<String, String> shapes = new HashMap<>();

  String of(String token) {
    String shape = shapes.get(token);
    if (shape == null) {
      if (shapes.size() >= MAX_CACHED) {
        shapes.clear();
      }
      shape = FeatureGeneratorUtil.tokenFeature(token);
      shapes.put(token, shape);
    }
    return shape;
  }
}
