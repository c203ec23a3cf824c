package io.portcullis.classifiers.nlp;

import java.util.Arrays;
import opennlp.tools.util.Span;

/**
 * The one tokenization shared by training and detection, so model features line up: every Han
 * character is its own token (Chinese has no spaces, and a per-character model needs no segmenter
 * that could cut a name in half); everything else is split as OpenNLP's {@code SimpleTokenizer}
 * splits it (runs of letters, runs of digits, runs of one repeated other character; white space
 * separates), which is ~70× cheaper than the statistical tokenizer. The split is done here in one
 * pass over the original text rather than by SimpleTokenizer over a substring per non-Han run
 * (a copy, a list and two Span objects per token: a fifth of the name detector's time);
 * {@code NameTokenizerTest} checks it against SimpleTokenizer.
 */
public final class NameTokenizer {

  private static final int WHITESPACE = 0;
  private static final int ALPHABETIC = 1;
  private static final int NUMERIC = 2;
  private static final int OTHER = 3;
  private static final char HAN_FIRST = '\u3400';
  private static final char HAN_LAST = '\u9FFF';
  /**
   * One shared string per Han character of the two main blocks, filled on first use: a Chinese
   * sentence is mostly one-character tokens, and a shared string also keeps its hash for the
   * finder's per-token cache. Racing fills are harmless (strings are immutable, any copy is equal).
   */
  private static final String[] HAN_STRINGS = new String[HAN_LAST - HAN_FIRST + 1];
  /** {@link #classify} of every ASCII character, computed once by the same code. */
  private static final byte[] ASCII_TYPES = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_TYPES[c] = (byte) classify(c);
    }
  }

  private NameTokenizer() {}

  /** Token spans (absolute offsets into {@code text}) of {@code text[from, to)}. */
  public static Span[] tokenize(String text, int from, int to) {
    Span[] out = new Span[Math.min(16, Math.max(1, to - from))];
    int count = 0;
    int state = WHITESPACE;
    int start = -1;
    char previous = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (isHan(c)) {
        if (state != WHITESPACE) {
          out = add(out, count++, start, i);
        }
        out = add(out, count++, i, i + 1);
        state = WHITESPACE;
        previous = 0;
        continue;
      }
      int type = type(c);
      if (state == WHITESPACE) {
        if (type != WHITESPACE) {
          start = i;
        }
      } else if (type != state || (type == OTHER && c != previous)) {
        out = add(out, count++, start, i);
        start = i;
      }
      state = type;
      previous = c;
    }
    if (state != WHITESPACE) {
      out = add(out, count++, start, to);
    }
    return count == out.length ? out : Arrays.copyOf(out, count);
  }

  public static String[] strings(String text, Span[] tokens) {
    String[] s = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      int start = tokens[i].getStart();
      int end = tokens[i].getEnd();
      char c = text.charAt(start);
      s[i] = end - start == 1 && c >= HAN_FIRST && c <= HAN_LAST ? han(c)
          : text.substring(start, end);
    }
    return s;
  }

  /** CJK unified ideographs (BMP blocks; supplementary ideographs are rare in names). */
  public static boolean isHan(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')
        || (c >= '\uF900' && c <= '\uFAFF');
  }

  private static String han(char c) {
    String s = HAN_STRINGS[c - HAN_FIRST];
    if (s == null) {
      s = String.valueOf(c);
      HAN_STRINGS[c - HAN_FIRST] = s;
    }
    return s;
  }

  private static int type(char c) {
    return c < 128 ? ASCII_TYPES[c] : classify(c);
  }

  /** SimpleTokenizer's character classes (OpenNLP StringUtil.isWhitespace, then letter, digit). */
  private static int classify(char c) {
    if (Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR) {
      return WHITESPACE;
    }
    if (Character.isAlphabetic(c)) {
      return ALPHABETIC;
    }
    return Character.isDigit(c) ? NUMERIC : OTHER;
  }

  private static Span[] add(Span[] out, int index, int start, int end) {
    Span[] spans = index < out.length ? out : Arrays.copyOf(out, out.length * 2);
    spans[index] = new Span(start, end);
    return spans;
  }
}
