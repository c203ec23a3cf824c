package io.portcullis.classifiers.dictionary;

import java.io.IOException;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One tokenization of the text for both English fields, when terms use both: the exact field's
 * tokens (standard tokens without CJK, lower-cased) are taken before the possessive and Porter
 * filters of the same chain, whose output is the stemmed field's tokens. Lower-casing before the
 * possessive filter gives what the stemmed analyzer gives (the filter strips "'s" and "'S" alike),
 * and neither filter drops tokens, so positions and offsets are the same as from two analyses.
 * One chain per thread, reused as Lucene's analyzers reuse theirs.
 */
final class EnglishPass {

  private final TermSieve exact;
  private final TermSieve stemmed;
  private final ThreadLocal<Chain> chains = ThreadLocal.withInitial(Chain::new);

  EnglishPass(TermSieve exact, TermSieve stemmed) {
    this.exact = exact;
    this.stemmed = stemmed;
  }

  /** What each field keeps of one text; either may be null (nothing kept). */
  record Kept(KeptTokens exact, KeptTokens stemmed) {}

  /** Sifts {@code text} for both fields. */
  Kept sift(String text) throws IOException {
    Chain chain = chains.get();
    TermSieve.Pass exactPass = exact.new Pass();
    TermSieve.Pass stemmedPass = stemmed.new Pass();
    chain.source.setReader(new IdeographsBlanked(text));
    try (TokenStream ts = chain.stemmed) {
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += chain.increment.getPositionIncrement();
        int start = chain.offset.startOffset();
        int end = chain.offset.endOffset();
        exactPass.offer(chain.tap.term, chain.tap.length, position, start, end);
        stemmedPass.offer(chain.term.buffer(), chain.term.length(), position, start, end);
      }
      ts.end();
    }
    return new Kept(exactPass.finish(), stemmedPass.finish());
  }

  private static final class Chain {
    final StandardTokenizer source = new StandardTokenizer();
    final Tap tap = new Tap(new LowerCaseFilter(TermAnalyzers.withoutCjk(source)));
    final TokenStream stemmed = new PorterStemFilter(new EnglishPossessiveFilter(tap));
    final CharTermAttribute term = stemmed.getAttribute(CharTermAttribute.class);
    final PositionIncrementAttribute increment =
        stemmed.getAttribute(PositionIncrementAttribute.class);
    final OffsetAttribute offset = stemmed.getAttribute(OffsetAttribute.class);
  }

  /** Copies each token as it passes, before the possessive and stemming filters change it. */
  private static final class Tap extends TokenFilter {
    private final CharTermAttribute in = addAttribute(CharTermAttribute.class);
    char[] term = new char[32];
    int length;

    Tap(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (in.length() > term.length) {
        term = new char[Math.max(in.length(), 2 * term.length)];
      }
      System.arraycopy(in.buffer(), 0, term, 0, in.length());
      length = in.length();
      return true;
    }
  }
}
