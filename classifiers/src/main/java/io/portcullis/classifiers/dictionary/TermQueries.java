package io.portcullis.classifiers.dictionary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/** Turns one dictionary term into the Lucene query that finds it in the matching field. */
final class TermQueries {

  private TermQueries() {}

  /**
   * The query, or an exception naming the term when analysis leaves nothing to match; the tokens
   * (or the fuzzy automaton) it can match are registered with {@code sieve}.
   */
  static Query build(String term, String field, Analyzer analyzer, MatchMode mode,
                     TermSieve.Builder sieve) throws IOException {
    List<String> tokens = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, term)) {
      CharTermAttribute text = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        tokens.add(text.toString());
        positions.add(pos);
      }
      ts.end();
    }
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("term '" + term + "' has no searchable words");
    }
    if (field.equals(TermAnalyzers.CHINESE) && tokens.size() == 1 && term.strip().length() == 1) {
      // Bigram analysis never emits a lone character from running text, so it could never match.
      throw new IllegalArgumentException("Chinese term '" + term + "' needs at least two characters");
    }
    if (tokens.size() == 1) {
      Term t = new Term(field, tokens.get(0));
      int edits = mode == MatchMode.FUZZY ? maxEdits(tokens.get(0)) : 0;
      if (edits == 0) {
        sieve.phrase(tokens, positions);
        return new TermQuery(t);
      }
      Automaton automaton = levenshtein(t.text(), edits);
      sieve.fuzzy(t.text(), edits, automaton);
      return new AutomatonQuery(t, automaton);
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    sieve.phrase(tokens, positions);
    for (int i = 0; i < tokens.size(); i++) {
      phrase.add(new Term(field, tokens.get(i)), positions.get(i));
    }
    return phrase.build();
  }

  /**
   * What {@code new FuzzyQuery(t, edits, 1)} matches (first character fixed, transpositions count
   * as one edit), as an automaton built once here for an {@code AutomatonQuery} and the sieve. A
   * FuzzyQuery builds that automaton on every execution, and the Monitor runs every fuzzy query for
   * every document (no single term can pre-filter it): that rebuild was ~80% of matching time.
   */
  static Automaton levenshtein(String word, int edits) {
    int prefixEnd = word.offsetByCodePoints(0, 1);
    return new LevenshteinAutomata(word.substring(prefixEnd), true)
        .toAutomaton(edits, word.substring(0, prefixEnd));
  }

  /** Short words tolerate no typo (too many false friends), long ones one or two. */
  static int maxEdits(String word) {
    return word.length() >= 9 ? 2 : word.length() >= 5 ? 1 : 0;
  }
}
