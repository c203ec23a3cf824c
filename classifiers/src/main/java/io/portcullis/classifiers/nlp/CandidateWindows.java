package io.portcullis.classifiers.nlp;

import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Where in a sentence a name could be, so the (comparatively expensive) name finder runs only on
 * small token windows around candidates instead of on every token. English: capitalised tokens
 * (except a sentence-initial function word). Chinese: a common surname character opens a window to
 * its right; a place or organisation suffix character opens a longer window to its left, since the
 * name precedes the suffix (…科技有限公司, …市). Windows are merged and returned as token ranges.
 */
final class CandidateWindows {

  /** Margins cover the ±2 token feature window plus the longest usual name part. */
  private static final int LATIN_BEFORE = 3;
  private static final int LATIN_AFTER = 4;
  private static final int SURNAME_BEFORE = 2;
  private static final int SURNAME_AFTER = 5;
  private static final int SUFFIX_BEFORE = 12;
  private static final int SUFFIX_AFTER = 2;

  /** The ~100 most frequent Chinese surnames (they cover about 85% of the population). */
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭"
      + "曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛"
      + "闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧司上诸慕";
  /** Last characters of place and organisation names. */
  private static final String SUFFIXES = "省市县区镇乡村州路街号司团行学院局部厅所会心馆站港岛山湖";
  private static final Set<String> SENTENCE_STARTERS = Set.of("The", "This", "That", "These",
      "Those", "It", "I", "We", "You", "He", "She", "They", "Please", "Can", "Could", "Would",
      "Should", "What", "How", "Why", "When", "Where", "Which", "Who", "Is", "Are", "Do", "Does",
      "Did", "If", "In", "On", "At", "For", "And", "But", "Or", "So", "A", "An", "My", "Our", "Your",
      "Hi", "Hello", "Thanks", "Thank", "Yes", "No", "OK", "Ok", "Write", "Tell", "Give", "Make",
      "Explain", "Use", "Let", "Here", "There", "Also", "Then", "After", "Before");

  private CandidateWindows() {}

  /** Merged token ranges [start, end) worth running the finder on; empty if none. */
  static Span[] find(String text, Span[] tokens) {
    int n = tokens.length;
    int[] from = new int[n];
    int[] to = new int[n];
    int count = 0;
    for (int t = 0; t < n; t++) {
      char first = text.charAt(tokens[t].getStart());
      int before;
      int after;
      if (NameTokenizer.isHan(first)) {
        if (SURNAMES.indexOf(first) >= 0) {
          before = SURNAME_BEFORE;
          after = SURNAME_AFTER;
        } else if (SUFFIXES.indexOf(first) >= 0) {
          before = SUFFIX_BEFORE;
          after = SUFFIX_AFTER;
        } else {
          continue;
        }
      } else if (Character.isUpperCase(first) && !(t == 0 && isStarter(text, tokens[t]))) {
        before = LATIN_BEFORE;
        after = LATIN_AFTER;
      } else {
        continue;
      }
      int s = Math.max(0, t - before);
      int e = Math.min(n, t + after + 1);
      if (count > 0 && s <= to[count - 1]) {
        to[count - 1] = Math.max(to[count - 1], e);
      } else {
        from[count] = s;
        to[count] = e;
        count++;
      }
    }
    Span[] windows = new Span[count];
    for (int i = 0; i < count; i++) {
      windows[i] = new Span(from[i], to[i]);
    }
    return windows;
  }

  private static boolean isStarter(String text, Span token) {
    return token.length() <= 8
        && SENTENCE_STARTERS.contains(text.substring(token.getStart(), token.getEnd()));
  }
}
