package io.portcullis.classifiers.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * Beam-1 decoding of a trained maxent name model, giving the spans and probabilities that
 * {@code NameFinderME} gives with beam size 1, at a fraction of its cost. With one beam, BeamSearch
 * keeps at each token the most probable outcome the sequence validator allows; on the way it
 * copies the outcome history into a new array per token (quadratic in the sentence length), builds
 * every feature string of every token, looks each up in the model's large predicate map and runs
 * OpenNLP's token-shape test per token. Here {@link NameFeatures} supplies each token's feature
 * parameters (cached per distinct token for this package's generators), then the four
 * previous-outcome features that {@code DefaultNameContextGenerator} appends ({@code po},
 * {@code pow}, {@code powf}, {@code ppo}) are added in the same order, so the sums, the
 * {@code StrictMath.exp} normalisation and the chosen outcomes are OpenNLP's bit for bit
 * ({@code GreedyNameFinderTest}). Not thread-safe: one per thread.
 */
final class GreedyNameFinder {

  private final String[] outcomes;
  private final int numOutcomes;
  private final int other;
  private final double logPrior;
  /** allowed[previous + 1][outcome]: previous -1 is the sentence start. */
  private final boolean[][] allowed;
  private final boolean[] inName;
  private final double[][] po;
  private final double[][] ppo;
  private final NameFeatures features;
  private final SequenceCodec<String> codec;
  private final double[] scores;

  GreedyNameFinder(TokenNameFinderModel model) {
    this(model, true);
  }

  /**
   * @param compile false runs the model's generators per token even when
   *                {@link CompiledNameFeatures} knows them (kept to test both paths)
   */
  GreedyNameFinder(TokenNameFinderModel model, boolean compile) {
    Object maxent = model.getArtifact("nameFinder.model");
    if (!(maxent instanceof AbstractModel abstractModel)
        || abstractModel.getModelType() != AbstractModel.ModelType.Maxent) {
      throw new IllegalArgumentException("greedy decoding needs a GIS maxent name model, got "
          + (maxent == null ? "none" : maxent.getClass().getName()));
    }
    Object[] data = abstractModel.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    this.outcomes = (String[]) data[2];
    this.numOutcomes = outcomes.length;
    // GISModel's UniformPrior: every outcome starts at log(1/n) before the features are summed.
    this.logPrior = StrictMath.log(1d / numOutcomes);
    this.codec = model.getFactory().createSequenceCodec();
    this.features = NameFeatures.of(model.getFactory().createFeatureGenerators(), predicates,
        outcomes, compile);
    int otherIndex = -1;
    po = new double[numOutcomes][];
    ppo = new double[numOutcomes][];
    inName = new boolean[numOutcomes];
    for (int k = 0; k < numOutcomes; k++) {
      if (outcomes[k].equals(NameFinderME.OTHER)) {
        otherIndex = k;
      }
      inName[k] = !outcomes[k].endsWith(NameFinderME.OTHER);
      po[k] = NameFeatures.dense(predicates.get("po=" + outcomes[k]), numOutcomes);
      ppo[k] = NameFeatures.dense(predicates.get("ppo=" + outcomes[k]), numOutcomes);
    }
    if (otherIndex < 0) {
      throw new IllegalArgumentException("name model without an 'other' outcome");
    }
    this.other = otherIndex;
    // NameFinderSequenceValidator looks only at the last outcome, so validity is a table.
    SequenceValidator<String> validator = codec.createSequenceValidator();
    allowed = new boolean[numOutcomes + 1][numOutcomes];
    for (int k = 0; k < numOutcomes; k++) {
      allowed[0][k] = validator.validSequence(0, new String[1], new String[0], outcomes[k]);
      for (int prev = 0; prev < numOutcomes; prev++) {
        allowed[prev + 1][k] = validator.validSequence(1, new String[2],
            new String[] {outcomes[prev]}, outcomes[k]);
      }
    }
    scores = new double[numOutcomes];
  }

  boolean compiledFeatures() {
    return features instanceof CompiledNameFeatures;
  }

  /** Name spans of one tokenized sentence, each with its mean token probability, as NameFinderME. */
  Span[] find(String[] tokens) {
    return find(tokens, new Span[] {new Span(0, tokens.length)});
  }

  /**
   * As {@link #find(String[])}, but only tokens inside the windows (ordered, disjoint token ranges)
   * are scored; the others are taken as outside any name. Features still see the whole sentence.
   */
  Span[] find(String[] tokens, Span[] windows) {
    int n = tokens.length;
    if (n == 0) {
      return new Span[0];
    }
    features.sentence(tokens, windows);
    int[] chosen = new int[n];
    Arrays.fill(chosen, other);
    double[] probs = new double[n];
    boolean any = false;
    for (Span window : windows) {
      any |= decode(window.getStart(), window.getEnd(), chosen, probs);
    }
    return any ? spans(chosen, probs) : new Span[0];
  }

  /** Chooses the outcomes of tokens [from, to); true if one of them is in a name. */
  private boolean decode(int from, int to, int[] chosen, double[] probs) {
    boolean any = false;
    int previous = from > 0 ? chosen[from - 1] : -1;
    int beforePrevious = from > 1 ? chosen[from - 2] : -1;
    for (int i = from; i < to; i++) {
      Arrays.fill(scores, logPrior);
      features.addTokenFeatures(i, scores);
      int p = previous < 0 ? other : previous;
      NameFeatures.add(po[p], scores);
      features.addPreviousOutcomeFeatures(i, p, scores);
      NameFeatures.add(ppo[beforePrevious < 0 ? other : beforePrevious], scores);
      // exp and the normalisation keep the order of the summed scores, so the best allowed
      // outcome is chosen on the sums; only a name token needs its probability (for the span's).
      int best = -1;
      boolean[] ok = allowed[previous + 1];
      for (int k = 0; k < numOutcomes; k++) {
        if (ok[k] && (best < 0 || scores[k] > scores[best])) {
          best = k;
        }
      }
      chosen[i] = best;
      if (inName[best]) {
        probs[i] = probability(best);
        any = true;
      }
      beforePrevious = previous;
      previous = best;
    }
    return any;
  }

  /** GISModel.eval's normalisation of the summed scores, for one outcome. */
  private double probability(int outcome) {
    double normal = 0;
    double chosen = 0;
    for (int k = 0; k < numOutcomes; k++) {
      double e = StrictMath.exp(scores[k]);
      normal += e;
      if (k == outcome) {
        chosen = e;
      }
    }
    return chosen / normal;
  }

  private Span[] spans(int[] chosen, double[] probs) {
    List<String> sequence = new ArrayList<>(chosen.length);
    for (int k : chosen) {
      sequence.add(outcomes[k]);
    }
    Span[] spans = codec.decode(sequence);
    for (int s = 0; s < spans.length; s++) {
      double p = 0;
      for (int t = spans[s].getStart(); t < spans[s].getEnd(); t++) {
        p += probs[t];
      }
      spans[s] = new Span(spans[s], p / spans[s].length());
    }
    return spans;
  }
}
