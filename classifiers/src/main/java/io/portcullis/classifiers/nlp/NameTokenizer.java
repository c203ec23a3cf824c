package io.portcullis.classifiers.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * The one tokenization shared by training and detection, so model features line up: every Han
 * character is its own token (Chinese has no spaces, and a per-character model needs no segmenter
 * that could cut a name in half); everything else goes through OpenNLP's {@link SimpleTokenizer}
 * (character-class runs), which is ~70× cheaper than the statistical tokenizer.
 */
public final class NameTokenizer {

  private NameTokenizer() {}

  /** Token spans (absolute offsets into {@code text}) of {@code text[from, to)}. */
  public static Span[] tokenize(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    int runStart = -1;
    for (int i = from; i < to; i++) {
      if (isHan(text.charAt(i))) {
        if (runStart >= 0) {
          addSimpleTokens(text, runStart, i, out);
          runStart = -1;
        }
        out.add(new Span(i, i + 1));
      } else if (runStart < 0) {
        runStart = i;
      }
    }
    if (runStart >= 0) {
      addSimpleTokens(text, runStart, to, out);
    }
    return out.toArray(new Span[0]);
  }

  public static String[] strings(String text, Span[] tokens) {
    String[] s = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      s[i] = text.substring(tokens[i].getStart(), tokens[i].getEnd());
    }
    return s;
  }

  /** CJK unified ideographs (BMP blocks; supplementary ideographs are rare in names). */
  public static boolean isHan(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')
        || (c >= '\uF900' && c <= '\uFAFF');
  }

  private static void addSimpleTokens(String text, int start, int end, List<Span> out) {
    for (Span s : SimpleTokenizer.INSTANCE.tokenizePos(text.substring(start, end))) {
      out.add(new Span(s.getStart() + start, s.getEnd() + start));
    }
  }
}
