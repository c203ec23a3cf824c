package io.portcullis.classifiers.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.Span;

/**
 * The features of {@link LexicalFeatureGenerator} (and {@link WordListFeatureGenerator}), resolved
 * to model parameters once per distinct token and once per distinct pair of neighbours, instead of
 * once per feature string per token, and held as small dense per-outcome arrays
 * ({@link NameFeatures#dense}). A name model holds a few hundred thousand predicates; each lookup
 * in that map, and each read of the parameters it finds, is a cache miss or several (JFR:
 * {@code HashMap.getNode} was most of the decoder's time, then the parameter reads), while a
 * prompt repeats the same few hundred tokens, whose parameters stay in a small per-thread map. The
 * features, their order and so the sums are exactly the generators' ({@code GreedyNameFinderTest}
 * compares with NameFinderME); the feature names come from the generators' own constants. Per
 * thread; the cache starts over when it grows past a bound.
 */
final class CompiledNameFeatures implements NameFeatures {

  /**
   * Distinct tokens plus distinct neighbour pairs kept before the cache starts over: a 4 KB prompt
   * holds well under 2,000 distinct tokens, and the bound keeps a thread's cache to a few MB even
   * on input made of random words (a token costs ~150 bytes with no model parameters, ~600 with).
   */
  private static final int MAX_CACHED = 20_000;
  /**
   * "The model has no such feature" in a lazily filled slot, where null means "not looked up
   * yet"; all zeros, so adding it changes nothing.
   */
  private final double[] absent;

  /** One distinct token text with its token-local feature parameters. */
  private static final class Token {
    final String text;
    final String lower;
    final int tokenClass;
    /**
     * By offset from the token being scored (-2..2), the word feature of this token (p2w=, p1w=,
     * w=, n1w=, n2w=) and its class feature (p2wc=, ...), in that order.
     */
    final double[][] word;
    final double[][] wordClass;
    final double[] suffix;
    /** By previous outcome: pow=<outcome>,<text>, filled on first use. */
    final double[][] previousOutcome;
    /** By previous outcome: powf=<outcome>,<shape>, shared by all tokens of one shape. */
    final double[][] previousOutcomeShape;
    /** Number in the cache, from 1: half of a {@link PairTable} key. */
    final int id;
    /** {@link WordLists#entry} of the lower-cased text, when the model has word lists. */
    Integer listEntry;

    Token(int id, String text, String lower, int tokenClass, int offsets, double[] suffix,
          int outcomes, double[][] previousOutcomeShape) {
      this.id = id;
      this.text = text;
      this.lower = lower;
      this.tokenClass = tokenClass;
      this.word = new double[offsets][];
      this.wordClass = new double[offsets][];
      this.suffix = suffix;
      this.previousOutcome = new double[outcomes][];
      this.previousOutcomeShape = previousOutcomeShape;
    }
  }

  private final Map<String, Context> predicates;
  private final String[] outcomes;
  private final int numOutcomes;
  private final boolean rightClassBigram;
  private final boolean suffix;
  private final WordLists lists;
  private final double[][][] classes;
  private final double[][][] classBigrams;
  private final double[][][] classBigramsRight;
  private final double[] sentenceStart;
  /** [self, left neighbour, right neighbour][list bit]. */
  private final double[][][] listFeatures;
  private final TokenShapes shapes = new TokenShapes();
  private final Map<String, double[][]> byShape = new HashMap<>();
  private final Map<String, Token> cache = new HashMap<>();
  /** (left id, right id) → {pw,w= left,right ; w,nw= left,right}. */
  private final PairTable<double[][]> pairTable = new PairTable<>();

  private Token[] sentence = new Token[0];
  /** pairs[i]: the bigram parameters of tokens i and i + 1, each pair looked up once. */
  private double[][][] pairs = new double[0][][];
  private int length;
  private int[] masks;

  CompiledNameFeatures(LexicalFeatureGenerator lexical, WordListFeatureGenerator wordLists,
                       Map<String, Context> predicates, String[] outcomes) {
    this.predicates = predicates;
    this.outcomes = outcomes.clone();
    this.numOutcomes = outcomes.length;
    this.absent = new double[numOutcomes];
    this.rightClassBigram = lexical.rightClassBigram();
    this.suffix = lexical.suffix();
    int offsets = LexicalFeatureGenerator.CLASS_FEATURES.length;
    int classCount = LexicalFeatureGenerator.CLASS_COUNT;
    classes = new double[offsets][classCount][];
    for (int o = 0; o < offsets; o++) {
      for (int c = 0; c < classCount; c++) {
        classes[o][c] = dense(LexicalFeatureGenerator.CLASS_FEATURES[o][c]);
      }
    }
    classBigrams = new double[classCount][classCount][];
    classBigramsRight = new double[classCount][classCount][];
    for (int l = 0; l < classCount; l++) {
      for (int r = 0; r < classCount; r++) {
        classBigrams[l][r] = dense(LexicalFeatureGenerator.CLASS_BIGRAMS[l][r]);
        classBigramsRight[l][r] = dense(LexicalFeatureGenerator.CLASS_BIGRAMS_RIGHT[l][r]);
      }
    }
    sentenceStart = dense(LexicalFeatureGenerator.SENTENCE_START);
    if (wordLists == null) {
      lists = null;
      listFeatures = null;
    } else {
      lists = wordLists.lists();
      String[][] names = wordLists.featureNames();
      listFeatures = new double[names.length][][];
      for (int kind = 0; kind < names.length; kind++) {
        listFeatures[kind] = new double[names[kind].length][];
        for (int bit = 0; bit < names[kind].length; bit++) {
          listFeatures[kind][bit] = dense(names[kind][bit]);
        }
      }
    }
  }

  @Override
  public void sentence(String[] tokens, Span[] windows) {
    if (cache.size() + pairTable.size() > MAX_CACHED) {
      cache.clear();
      pairTable.clear();
    }
    if (sentence.length < tokens.length) {
      sentence = new Token[Math.max(tokens.length, 2 * sentence.length)];
      pairs = new double[sentence.length][][];
    }
    length = tokens.length;
    if (lists != null) {
      resolve(tokens, 0, length); // word-list entries may reach across window edges
    } else {
      // A scored token's features reach two tokens to each side; the rest is never read.
      for (Span window : windows) {
        resolve(tokens, Math.max(0, window.getStart() - 2), Math.min(length, window.getEnd() + 2));
      }
    }
    if (lists != null) {
      String[] lower = new String[length];
      Integer[] entries = new Integer[length];
      for (int i = 0; i < length; i++) {
        lower[i] = sentence[i].lower;
        entries[i] = sentence[i].listEntry;
      }
      masks = lists.matchLowerCased(lower, entries);
    }
  }

  @Override
  public void addTokenFeatures(int i, double[] scores) {
    Token[] s = sentence;
    int n = length;
    // LexicalFeatureGenerator.createFeatures, in its order.
    for (int o = -2; o <= 2; o++) {
      int t = i + o;
      if (t >= 0 && t < n) {
        NameFeatures.add(s[t].word[o + 2], scores);
        NameFeatures.add(s[t].wordClass[o + 2], scores);
      }
    }
    Token token = s[i];
    if (i > 0) {
      NameFeatures.add(pairs[i - 1][0], scores);
      NameFeatures.add(classBigrams[s[i - 1].tokenClass][token.tokenClass], scores);
    } else {
      NameFeatures.add(sentenceStart, scores);
    }
    if (i + 1 < n) {
      NameFeatures.add(pairs[i][1], scores);
      if (rightClassBigram) {
        NameFeatures.add(classBigramsRight[token.tokenClass][s[i + 1].tokenClass], scores);
      }
    }
    if (suffix) {
      NameFeatures.add(token.suffix, scores);
    }
    // WordListFeatureGenerator.createFeatures, in its order.
    if (masks != null) {
      addLists(masks[i], listFeatures[0], scores);
      if (i > 0) {
        addLists(masks[i - 1], listFeatures[1], scores);
      }
      if (i + 1 < n) {
        addLists(masks[i + 1], listFeatures[2], scores);
      }
    }
  }

  @Override
  public void addPreviousOutcomeFeatures(int i, int previousOutcome, double[] scores) {
    Token token = sentence[i];
    double[] pow = token.previousOutcome[previousOutcome];
    if (pow == null) {
      pow = dense("pow=" + outcomes[previousOutcome] + "," + token.text);
      token.previousOutcome[previousOutcome] = pow == null ? absent : pow;
    }
    NameFeatures.add(pow, scores);
    NameFeatures.add(token.previousOutcomeShape[previousOutcome], scores);
  }

  private void resolve(String[] tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      sentence[i] = token(tokens[i]);
      if (i > from) {
        pairs[i - 1] = pair(sentence[i - 1], sentence[i]);
      }
    }
  }

  private Token token(String text) {
    Token token = cache.get(text);
    if (token == null) {
      String lower = text.toLowerCase(Locale.ROOT);
      int tokenClass = LexicalFeatureGenerator.classify(text);
      double[] suffixParams = LexicalFeatureGenerator.hasSuffix(lower, tokenClass)
          ? dense(LexicalFeatureGenerator.SUFFIX.concat(
              lower.substring(lower.length() - LexicalFeatureGenerator.SUFFIX_LENGTH)))
          : null;
      int offsets = LexicalFeatureGenerator.WORD_PREFIXES.length;
      token = new Token(cache.size() + 1, text, lower, tokenClass, offsets, suffixParams, numOutcomes,
          shapeFeatures(shapes.of(text)));
      for (int o = 0; o < offsets; o++) {
        token.word[o] = dense(LexicalFeatureGenerator.WORD_PREFIXES[o].concat(lower));
        token.wordClass[o] = classes[o][tokenClass];
      }
      if (lists != null) {
        token.listEntry = lists.entry(lower);
      }
      cache.put(text, token);
    }
    return token;
  }

  private double[][] shapeFeatures(String shape) {
    return byShape.computeIfAbsent(shape, s -> {
      double[][] byOutcome = new double[numOutcomes][];
      for (int k = 0; k < numOutcomes; k++) {
        byOutcome[k] = dense("powf=" + outcomes[k] + "," + s);
      }
      return byOutcome;
    });
  }

  private double[][] pair(Token left, Token right) {
    long key = PairTable.key(left.id, right.id);
    double[][] pair = pairTable.get(key);
    if (pair == null) {
      String words = left.lower + ',' + right.lower;
      pair = new double[][] {
          dense(LexicalFeatureGenerator.WORD_BIGRAM_LEFT.concat(words)),
          dense(LexicalFeatureGenerator.WORD_BIGRAM_RIGHT.concat(words))};
      pairTable.put(key, pair);
    }
    return pair;
  }

  private double[] dense(String feature) {
    return NameFeatures.dense(predicates.get(feature), numOutcomes);
  }

  private static void addLists(int mask, double[][] features, double[] scores) {
    for (int bit = 0; mask != 0; bit++, mask >>>= 1) {
      if ((mask & 1) != 0) {
        NameFeatures.add(features[bit], scores);
      }
    }
  }
}
