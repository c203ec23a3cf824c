package io.portcullis.classifiers.dictionary;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The three ways text is analysed, one Lucene field each; a term is analysed with the analyzer of the
 * field its language and match mode select, and the text is analysed with all three.
 * <ul>
 *   <li>{@link #EXACT}: standard tokens, lower-cased (English exact and fuzzy terms);</li>
 *   <li>{@link #STEMMED}: EnglishAnalyzer's chain without stop words, so "the" in a term still counts;</li>
 *   <li>{@link #CHINESE}: overlapping character bigrams, full-width folded. Bigrams match a term
 *       wherever it sits, whatever a segmenter would have made of its neighbours ("患有糖尿病多年").</li>
 * </ul>
 */
final class TermAnalyzers {

  static final String EXACT = "exact";
  static final String STEMMED = "stemmed";
  static final String CHINESE = "zh";

  private TermAnalyzers() {}

  static Analyzer exact() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(withoutCjk(source)));
      }
    };
  }

  /**
   * The English fields drop Han, kana and Hangul tokens: every such character is a token of its own
   * there, which no English term can match, and in mixed prompts they were most of what the
   * per-prompt index had to store and the presearcher had to look up.
   */
  static TokenStream withoutCjk(TokenStream in) {
    return new CjkTokensDropped(in);
  }

  static Analyzer chinese() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new CJKWidthFilter(source);
        s = new LowerCaseFilter(s);
        return new TokenStreamComponents(source, new CJKBigramFilter(s));
      }
    };
  }

  /** EnglishAnalyzer's chain without stop words (so "the" in a term still counts) and without CJK. */
  static Analyzer stemmed() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new EnglishPossessiveFilter(withoutCjk(source));
        s = new LowerCaseFilter(s);
        return new TokenStreamComponents(source, new PorterStemFilter(s));
      }
    };
  }

  /** One analyzer for the Monitor's documents, dispatching on field name. */
  static Analyzer perField() {
    return new PerFieldAnalyzerWrapper(exact(), Map.of(STEMMED, stemmed(), CHINESE, chinese()));
  }

  static String field(String language, MatchMode mode) {
    if (language.equals("zh")) {
      return CHINESE;
    }
    return mode == MatchMode.PHRASE ? STEMMED : EXACT;
  }
}
