package io.portcullis.classifiers.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;

/**
 * The model parameters of one sentence's features, for {@link GreedyNameFinder}: the features the
 * model's generators produce (which do not depend on earlier outcomes) and the two token-dependent
 * previous-outcome features {@code pow} and {@code powf} that OpenNLP's
 * {@code DefaultNameContextGenerator} appends. Implementations keep per-thread caches.
 */
interface NameFeatures {

  /**
   * Starts a sentence of which only tokens inside the windows (ordered, disjoint token ranges)
   * will be scored; the array is not modified while they are.
   */
  void sentence(String[] tokens, Span[] windows);

  /** Adds, in the generators' order, the parameters of token {@code i}'s features to scores. */
  void addTokenFeatures(int i, double[] scores);

  /**
   * Adds the parameters of {@code pow=<previous outcome>,<token>} and then
   * {@code powf=<previous outcome>,<token shape>} for token {@code i}.
   */
  void addPreviousOutcomeFeatures(int i, int previousOutcome, double[] scores);

  /**
   * Compiled features when the model's generators are this package's lexical (and word-list)
   * generators, else the generators themselves run per token.
   */
  static NameFeatures of(AdaptiveFeatureGenerator generator, Map<String, Context> predicates,
                         String[] outcomes, boolean compile) {
    List<AdaptiveFeatureGenerator> parts = new ArrayList<>();
    if (generator instanceof AggregatedFeatureGenerator aggregated) {
      parts.addAll(aggregated.getGenerators());
    } else {
      parts.add(generator);
    }
    if (compile && !parts.isEmpty() && parts.size() <= 2
        && parts.get(0) instanceof LexicalFeatureGenerator lexical
        && (parts.size() == 1 || parts.get(1) instanceof WordListFeatureGenerator)) {
      WordListFeatureGenerator lists = parts.size() == 2
          ? (WordListFeatureGenerator) parts.get(1) : null;
      return new CompiledNameFeatures(lexical, lists, predicates, outcomes);
    }
    return new GeneratorNameFeatures(generator, predicates, outcomes);
  }

  /** Adds a feature's parameters to the outcome scores, as OpenNLP's ArrayMath.sumFeatures. */
  static void add(Context context, double[] scores) {
    if (context == null) {
      return;
    }
    int[] ids = context.getOutcomes();
    double[] params = context.getParameters();
    for (int j = 0; j < ids.length; j++) {
      scores[ids[j]] += params[j];
    }
  }

  /**
   * A feature's parameters as one value per outcome (0 where the model has none), or null if the
   * model lacks the feature. Adding these gives the very sums {@link #add(Context, double[])}
   * gives (x + 0.0 is x), from a small array that stays in cache instead of three objects spread
   * over a large model.
   */
  static double[] dense(Context context, int outcomes) {
    if (context == null) {
      return null;
    }
    double[] dense = new double[outcomes];
    int[] ids = context.getOutcomes();
    double[] params = context.getParameters();
    for (int j = 0; j < ids.length; j++) {
      dense[ids[j]] += params[j];
    }
    return dense;
  }

  /** Adds {@link #dense(Context, int)} parameters; null adds nothing. */
  static void add(double[] dense, double[] scores) {
    if (dense == null) {
      return;
    }
    for (int k = 0; k < dense.length; k++) {
      scores[k] += dense[k];
    }
  }
}
