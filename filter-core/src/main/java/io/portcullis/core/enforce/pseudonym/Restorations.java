package io.portcullis.core.enforce.pseudonym;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An immutable, compiled view of a map's surrogate -> original pairs: one regex alternation of the
 * quoted surrogates, longest first (so at any position the longest surrogate wins, and literal
 * alternatives cannot backtrack catastrophically), plus the set of their proper prefixes, which is
 * what a stream must hold back at a chunk boundary. Safe to share between threads.
 */
final class Restorations {

  private final Map<String, String> originals;
  private final Pattern surrogates;
  private final Set<String> properPrefixes;
  private final int longest;

  Restorations(Map<String, String> surrogateToOriginal) {
    this.originals = Map.copyOf(surrogateToOriginal);
    List<String> keys = new ArrayList<>(originals.keySet());
    keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    StringBuilder alternation = new StringBuilder();
    Set<String> prefixes = new HashSet<>();
    int max = 0;
    for (String k : keys) {
      if (!alternation.isEmpty()) {
        alternation.append('|');
      }
      alternation.append(Pattern.quote(k));
      for (int i = 1; i < k.length(); i++) {
        prefixes.add(k.substring(0, i));
      }
      max = Math.max(max, k.length());
    }
    this.surrogates = keys.isEmpty() ? null : Pattern.compile(alternation.toString());
    this.properPrefixes = Set.copyOf(prefixes);
    this.longest = max;
  }

  boolean isEmpty() {
    return originals.isEmpty();
  }

  int longest() {
    return longest;
  }

  Map<String, String> originals() {
    return originals;
  }

  /** Every surrogate in {@code text} replaced by its original, leftmost-longest, left to right. */
  String restore(CharSequence text) {
    if (surrogates == null) {
      return text.toString();
    }
    return surrogates.matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(originals.get(m.group())));
  }

  /**
   * The smallest index from which the rest of {@code text} is a proper prefix of some surrogate
   * (so more text could complete it), or {@code text.length()} when no suffix is. Only the last
   * longest-1 characters can qualify, which bounds any hold-back.
   */
  int holdFrom(CharSequence text) {
    int n = text.length();
    for (int i = Math.max(0, n - (longest - 1)); i < n; i++) {
      if (properPrefixes.contains(text.subSequence(i, n).toString())) {
        return i;
      }
    }
    return n;
  }

  Matcher matcher(CharSequence text) {
    return surrogates.matcher(text);
  }
}
