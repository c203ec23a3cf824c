package io.portcullis.classifiers.pattern;

import java.util.List;
import java.util.Locale;

/**
 * Words near a candidate that make it more (or less) likely to be what its shape suggests, in
 * English and Chinese. Matching is on the lower-cased text inside a window before the span (where
 * labels usually sit: "卡号：", "SSN:") and a shorter one after it ("…（身份证）").
 */
public final class ContextWords {

  /** Words that say "this number is something else": order ids, hashes, timestamps. */
  public static final ContextWords NEGATIVE = new ContextWords(List.of(
      "order", "订单", "uuid", "guid", "sha256", "sha-256", "sha1", "md5", "hash", "checksum",
      "timestamp", "时间戳", "tracking", "运单", "快递单", "invoice", "发票", "transaction id",
      "交易号", "流水号", "txid", "commit", "build", "version", "版本", "序列号", "serial no",
      "request id", "request_id", "trace", "span id", "isbn", "sku", "批次"), 32, 0);

  static final int BEFORE = 48;
  static final int AFTER = 16;

  private final String[] words;
  private final boolean[] ascii;
  /** Which chars start some word: most window positions are rejected with one lookup. */
  private final java.util.BitSet firstChars = new java.util.BitSet(65536);
  private final int before;
  private final int after;

  public ContextWords(List<String> words) {
    this(words, BEFORE, AFTER);
  }

  public ContextWords(List<String> words, int before, int after) {
    this.words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    this.ascii = new boolean[this.words.length];
    for (int i = 0; i < this.words.length; i++) {
      this.ascii[i] = this.words[i].chars().allMatch(c -> c < 128);
    }
    for (String w : this.words) {
      firstChars.set(w.charAt(0));
    }
    this.before = before;
    this.after = after;
  }

  public static ContextWords of(String... words) {
    return new ContextWords(List.of(words));
  }

  /**
   * The first context word found near {@code [start, end)}, or null. Only the window is examined,
   * so the cost per candidate is bounded whatever the text length.
   */
  public String near(ScanText text, int start, int end) {
    String lower = text.lower();
    int from = Math.max(0, start - before);
    int to = Math.min(lower.length(), end + after);
    // Context belongs to the same sentence: Chinese packs a lot into 48 chars without spaces, and
    // "发票金额…。请转账到<address>" must not let 发票 (invoice) speak for the address.
    for (int k = start - 1; k >= from; k--) {
      if (endsSentence(text.text(), k)) {
        from = k + 1;
        break;
      }
    }
    for (int k = end; k < to; k++) {
      if (endsSentence(text.text(), k)) {
        to = k;
        break;
      }
    }
    for (int at = from; at < to; at++) {
      if (at >= start && at < end) {
        at = end - 1; // hits inside the candidate itself do not count
        continue;
      }
      char c = lower.charAt(at);
      if (!firstChars.get(c)) {
        continue;
      }
      for (int w = 0; w < words.length; w++) {
        String word = words[w];
        if (word.charAt(0) == c && at + word.length() <= to && lower.startsWith(word, at)
            && !(at < end && at + word.length() > start)
            && (!ascii[w] || asciiWordBounded(lower, at, word.length()))) {
          return word;
        }
      }
    }
    return null;
  }

  /** Sentence terminators: Chinese full stops, line breaks, and ". " / "! " / "? " in Latin text. */
  static boolean endsSentence(String s, int k) {
    char c = s.charAt(k);
    if (c == '。' || c == '！' || c == '？' || c == '；' || c == '\n') {
      return true;
    }
    // ". " ends a sentence only before a capital or CJK ("Done. Call me"), not in "passport no. 5…".
    return (c == '.' || c == '!' || c == '?') && k + 2 < s.length()
        && Character.isWhitespace(s.charAt(k + 1))
        && (Character.isUpperCase(s.charAt(k + 2)) || s.charAt(k + 2) >= 0x3000);
  }

  private static boolean asciiWordBounded(String lower, int at, int len) {
    boolean leftOk = at == 0 || !ScanText.isAsciiLetter(lower.charAt(at - 1));
    int e = at + len;
    // Allow plural / possessive tails ("cards", "card's") but not longer words.
    if (e < lower.length() && lower.charAt(e) == 's') {
      e++;
    }
    boolean rightOk = e >= lower.length() || !ScanText.isAsciiLetter(lower.charAt(e));
    return leftOk && rightOk;
  }
}
