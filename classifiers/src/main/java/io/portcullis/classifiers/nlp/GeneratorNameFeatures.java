package io.portcullis.classifiers.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Any model's feature generators, run once per token and looked up in the model's predicate map:
 * the general path of {@link GreedyNameFinder}, used when {@link CompiledNameFeatures} does not
 * know the generators.
 */
final class GeneratorNameFeatures implements NameFeatures {

  private final AdaptiveFeatureGenerator generator;
  private final Map<String, Context> predicates;
  private final String[] powPrefix;
  private final String[] powfPrefix;
  private final TokenShapes shapes = new TokenShapes();
  private final List<String> features = new ArrayList<>(32);
  private String[] tokens;

  GeneratorNameFeatures(AdaptiveFeatureGenerator generator, Map<String, Context> predicates,
                        String[] outcomes) {
    this.generator = generator;
    this.predicates = predicates;
    powPrefix = new String[outcomes.length];
    powfPrefix = new String[outcomes.length];
    for (int k = 0; k < outcomes.length; k++) {
      powPrefix[k] = "pow=" + outcomes[k] + ",";
      powfPrefix[k] = "powf=" + outcomes[k] + ",";
    }
  }

  @Override
  public void sentence(String[] tokens, Span[] windows) {
    this.tokens = tokens;
    generator.clearAdaptiveData();
  }

  @Override
  public void addTokenFeatures(int i, double[] scores) {
    features.clear();
    generator.createFeatures(features, tokens, i, null);
    for (String feature : features) {
      NameFeatures.add(predicates.get(feature), scores);
    }
  }

  @Override
  public void addPreviousOutcomeFeatures(int i, int previousOutcome, double[] scores) {
    NameFeatures.add(predicates.get(powPrefix[previousOutcome].concat(tokens[i])), scores);
    NameFeatures.add(predicates.get(powfPrefix[previousOutcome].concat(shapes.of(tokens[i]))),
        scores);
  }
}
