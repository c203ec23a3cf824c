package io.portcullis.core.enforce.pseudonym;

import java.util.HashMap;
import java.util.Map;

/**
 * An immutable, compiled view of a map's surrogate -> original pairs: a character trie of the
 * surrogates. Restoring scans left to right and, at each position, takes the longest surrogate
 * that starts there (leftmost-longest, like a sorted regex alternation, but in time proportional to
 * text length times the longest surrogate, whatever the number of surrogates; literal walks cannot
 * backtrack). Safe to share between threads.
 */
final class Restorations {

  /** A trie node; {@code original} is set where a surrogate ends. */
  private static final class Node {
    final Map<Character, Node> next = new HashMap<>(4);
    String original;
  }

  private final Map<String, String> originals;
  private final Node root = new Node();
  private final int longest;

  Restorations(Map<String, String> surrogateToOriginal) {
    this.originals = Map.copyOf(surrogateToOriginal);
    int max = 0;
    for (Map.Entry<String, String> e : originals.entrySet()) {
      Node n = root;
      for (int i = 0; i < e.getKey().length(); i++) {
        n = n.next.computeIfAbsent(e.getKey().charAt(i), c -> new Node());
      }
      n.original = e.getValue();
      max = Math.max(max, e.getKey().length());
    }
    this.longest = max;
  }

  boolean isEmpty() {
    return originals.isEmpty();
  }

  int longest() {
    return longest;
  }

  /** Every surrogate in {@code text} replaced by its original, leftmost-longest, left to right. */
  String restore(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    restoreInto(text, out, true);
    return out.toString();
  }

  /**
   * Restores {@code text} into {@code out} and returns how many characters of it were consumed.
   * With {@code endOfText} false, more text may follow: scanning stops at the first position from
   * which the rest of {@code text} is a proper prefix of a surrogate (more text could complete it
   * or make a longer one match), so at most longest-1 characters are left unconsumed, and what was
   * consumed is restored exactly as it would be in the complete text.
   */
  int restoreInto(CharSequence text, StringBuilder out, boolean endOfText) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      Node node = root;
      int j = i;
      int matchEnd = -1;
      String original = null;
      while (j < n && (node = node.next.get(text.charAt(j))) != null) {
        j++;
        if (node.original != null) {
          matchEnd = j;
          original = node.original;
        }
      }
      if (!endOfText && j == n && node != null && !node.next.isEmpty()) {
        return i; // text[i..n) could still grow into a (longer) surrogate
      }
      if (original != null) {
        out.append(original);
        i = matchEnd;
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    return n;
  }
}
