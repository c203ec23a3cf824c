package io.portcullis.classifiers.dictionary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;

/**
 * A necessary condition for a match in one field, checked on the field's token stream before the
 * Monitor is asked: some registered term or phrase occurs with all its analysed tokens at their
 * relative positions, or a token is accepted by a fuzzy term's Levenshtein automaton. Only those
 * tokens go on to the Monitor (with their original positions and offsets, so it finds the same
 * matches and spans as on the whole text); most prompts have none and never reach it. The Monitor
 * stays the one that decides: the sieve only removes tokens that no query can use.
 */
final class TermSieve {

  /** A term's analysed tokens and their positions relative to the first. */
  private record Phrase(char[][] tokens, int[] offsets) {}

  private final String field;
  private final Analyzer analyzer;
  /** Every phrase keyed by its first token. */
  private final CharArrayMap<Phrase[]> byFirst;
  /** Every token of every phrase: a text token outside it cannot be part of a match. */
  private final CharArrayMap<Boolean> anyToken;
  /** The fuzzy terms by their (fixed) first code point: ASCII ones in an array, others in a map. */
  private final FuzzyTerms[] fuzzyByAsciiFirst;
  private final Map<Integer, FuzzyTerms> fuzzyByFirst;
  /** See {@link HanAnchors}; null when some phrase has no Han bigram to anchor on. */
  private final HanAnchors anchors;

  private TermSieve(String field, Analyzer analyzer, CharArrayMap<Phrase[]> byFirst,
                    CharArrayMap<Boolean> anyToken, Map<Integer, FuzzyTerms> fuzzy,
                    HanAnchors anchors) {
    this.field = field;
    this.analyzer = analyzer;
    this.byFirst = byFirst;
    this.anyToken = anyToken;
    this.fuzzyByFirst = fuzzy;
    this.fuzzyByAsciiFirst = new FuzzyTerms[128];
    fuzzy.forEach((first, terms) -> {
      if (first < 128) {
        fuzzyByAsciiFirst[first] = terms;
      }
    });
    this.anchors = anchors;
  }

  String field() {
    return field;
  }

  /**
   * Analyses {@code text} once with the field's analyzer and returns the tokens of every phrase
   * occurrence and every fuzzy hit, or null when there are none.
   */
  KeptTokens sift(String text) throws IOException {
    if (anchors != null && !anchors.anyIn(text)) {
      return null; // no phrase's anchor bigram in the raw text: analysis could keep nothing
    }
    Pass pass = new Pass();
    try (TokenStream ts = field.equals(TermAnalyzers.CHINESE)
        ? analyzer.tokenStream(field, text)
        : analyzer.tokenStream(field, new IdeographsBlanked(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        pass.offer(term.buffer(), term.length(), position, offset.startOffset(), offset.endOffset());
      }
      ts.end();
    }
    return pass.finish();
  }

  /** One text's tokens offered to this sieve, by {@link #sift} or by a shared analysis pass. */
  final class Pass {
    private final Candidates c = new Candidates();

    void offer(char[] buffer, int length, int position, int startOffset, int endOffset) {
      boolean fuzzy = fuzzyAccepts(buffer, length);
      if (fuzzy || anyToken.containsKey(buffer, 0, length)) {
        c.add(buffer, length, position, startOffset, endOffset, fuzzy);
      }
    }

    /**
     * The tokens of whole phrase occurrences and fuzzy hits, or null when there are none (most
     * texts: a KeptTokens is a TokenStream, whose attribute setup was 1 % of the dictionary's time).
     */
    KeptTokens finish() {
      for (int i = 0; i < c.size; i++) {
        Phrase[] phrases = byFirst.get(c.chars, c.start[i], c.length[i]);
        if (phrases != null) {
          for (Phrase p : phrases) {
            c.confirmIfPresent(i, p);
          }
        }
      }
      KeptTokens kept = null;
      for (int i = 0; i < c.size; i++) {
        if (c.confirmed[i]) {
          if (kept == null) {
            kept = new KeptTokens();
          }
          kept.add(c.chars, c.start[i], c.length[i], c.position[i], c.startOffset[i],
              c.endOffset[i]);
        }
      }
      return kept;
    }
  }

  /**
   * Fuzzy terms sharing a first code point, with the token lengths in chars their automata can
   * accept at all: a token within {@code e} edits of a word of {@code L} code points has L-e to L+e
   * code points, so L-e to 2(L+e) chars. Most tokens fail the length test and run no automaton.
   */
  private record FuzzyTerms(CharacterRunAutomaton[] automata, int minChars, int maxChars) {}

  private boolean fuzzyAccepts(char[] buffer, int length) {
    if (fuzzyByFirst.isEmpty() || length == 0) {
      return false;
    }
    char first = buffer[0];
    FuzzyTerms candidates = first < 128 ? fuzzyByAsciiFirst[first]
        : fuzzyByFirst.get(Character.codePointAt(buffer, 0, length));
    if (candidates == null || length < candidates.minChars() || length > candidates.maxChars()) {
      return false;
    }
    for (CharacterRunAutomaton a : candidates.automata()) {
      if (a.run(buffer, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /** The text tokens found in some phrase, in position order, as parallel arrays. */
  private static final class Candidates {
    char[] chars = new char[256];
    int used;
    int size;
    int[] start = new int[32];
    int[] length = new int[32];
    int[] position = new int[32];
    int[] startOffset = new int[32];
    int[] endOffset = new int[32];
    boolean[] confirmed = new boolean[32];

    void add(char[] buffer, int len, int pos, int from, int to, boolean fuzzyHit) {
      if (used + len > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + len));
      }
      if (size == start.length) {
        int n = 2 * size;
        start = Arrays.copyOf(start, n);
        length = Arrays.copyOf(length, n);
        position = Arrays.copyOf(position, n);
        startOffset = Arrays.copyOf(startOffset, n);
        endOffset = Arrays.copyOf(endOffset, n);
        confirmed = Arrays.copyOf(confirmed, n);
      }
      System.arraycopy(buffer, 0, chars, used, len);
      start[size] = used;
      length[size] = len;
      position[size] = pos;
      startOffset[size] = from;
      endOffset[size] = to;
      confirmed[size] = fuzzyHit;
      used += len;
      size++;
    }

    /** Marks the tokens of {@code p} starting at candidate {@code first} if all are there. */
    void confirmIfPresent(int first, Phrase p) {
      int n = p.tokens().length;
      int[] at = n <= 1 ? null : new int[n];
      int j = first + 1;
      for (int k = 1; k < n; k++) {
        int want = position[first] + p.offsets()[k];
        while (j < size && position[j] < want) {
          j++;
        }
        // One token per position in these analyzers; compare the one at the wanted position.
        if (j == size || position[j] != want || !equals(j, p.tokens()[k])) {
          return;
        }
        at[k] = j;
      }
      confirmed[first] = true;
      for (int k = 1; k < n; k++) {
        confirmed[at[k]] = true;
      }
    }

    private boolean equals(int i, char[] token) {
      return Arrays.equals(chars, start[i], start[i] + length[i], token, 0, token.length);
    }
  }

  /** Collects one field's phrases and fuzzy automata at compile time. */
  static final class Builder {
    private final String field;
    private final Analyzer analyzer;
    private final Map<String, List<Phrase>> phrases = new HashMap<>();
    private final Map<Integer, List<CharacterRunAutomaton>> fuzzy = new HashMap<>();
    private final Map<Integer, int[]> fuzzyLengths = new HashMap<>();

    Builder(String field, Analyzer analyzer) {
      this.field = field;
      this.analyzer = analyzer;
    }

    /** A term or phrase query's analysed tokens and their positions. */
    void phrase(List<String> tokens, List<Integer> positions) {
      char[][] chars = new char[tokens.size()][];
      int[] offsets = new int[tokens.size()];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = tokens.get(i).toCharArray();
        offsets[i] = positions.get(i) - positions.get(0);
      }
      phrases.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(new Phrase(chars, offsets));
    }

    /** A word's automaton accepting up to {@code edits} edits after its first code point. */
    void fuzzy(String word, int edits, Automaton automaton) {
      int first = word.codePointAt(0);
      fuzzy.computeIfAbsent(first, k -> new ArrayList<>()).add(new CharacterRunAutomaton(automaton));
      int codePoints = word.codePointCount(0, word.length());
      int[] bounds = fuzzyLengths.computeIfAbsent(first,
          k -> new int[] {Integer.MAX_VALUE, 0});
      bounds[0] = Math.min(bounds[0], Math.max(1, codePoints - edits));
      bounds[1] = Math.max(bounds[1], 2 * (codePoints + edits));
    }

    TermSieve build() {
      CharArrayMap<Phrase[]> byFirst = new CharArrayMap<>(phrases.size(), false);
      CharArrayMap<Boolean> anyToken = new CharArrayMap<>(phrases.size(), false);
      phrases.forEach((first, list) -> {
        byFirst.put(first, list.toArray(Phrase[]::new));
        for (Phrase p : list) {
          for (char[] t : p.tokens()) {
            anyToken.put(t, Boolean.TRUE);
          }
        }
      });
      Map<Integer, FuzzyTerms> frozen = new HashMap<>();
      fuzzy.forEach((k, v) -> frozen.put(k, new FuzzyTerms(v.toArray(CharacterRunAutomaton[]::new),
          fuzzyLengths.get(k)[0], fuzzyLengths.get(k)[1])));
      return new TermSieve(field, analyzer, CharArrayMap.unmodifiableMap(byFirst),
          CharArrayMap.unmodifiableMap(anyToken), Map.copyOf(frozen), hanAnchors());
    }

    /** One Han bigram per phrase, if every phrase (and no fuzzy term) of the field has one. */
    private HanAnchors hanAnchors() {
      if (!field.equals(TermAnalyzers.CHINESE) || !fuzzy.isEmpty()) {
        return null;
      }
      HanAnchors.Builder b = new HanAnchors.Builder();
      for (List<Phrase> list : phrases.values()) {
        for (Phrase p : list) {
          if (!b.addFirstHanBigram(p.tokens())) {
            return null;
          }
        }
      }
      return b.build();
    }
  }
}
