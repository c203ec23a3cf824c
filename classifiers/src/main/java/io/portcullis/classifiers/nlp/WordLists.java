package io.portcullis.classifiers.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * Up to 31 word lists (OpenNLP {@link Dictionary} entries, case-insensitive, one or more tokens)
 * folded into one map from a lower-cased token sequence to the bit set of lists that hold it.
 * Every proper prefix of an entry is in the map too (with its own bits, often none), so matching
 * stops at the first token sequence that no entry starts with: most tokens cost one lookup.
 */
final class WordLists {

  private final List<String> names;
  private final Map<String, Integer> entries = new HashMap<>();
  private int maxTokens;

  WordLists(List<String> names, List<Dictionary> dictionaries) {
    if (names.size() > 31 || names.size() != dictionaries.size()) {
      throw new IllegalArgumentException("1 to 31 named lists expected");
    }
    this.names = List.copyOf(names);
    for (int i = 0; i < dictionaries.size(); i++) {
      int bit = 1 << i;
      for (StringList entry : dictionaries.get(i)) {
        StringBuilder key = new StringBuilder();
        for (int t = 0; t < entry.size(); t++) {
          if (t > 0) {
            key.append(' ');
          }
          key.append(entry.getToken(t).toLowerCase(Locale.ROOT));
          boolean last = t == entry.size() - 1;
          entries.merge(key.toString(), last ? bit : 0, (a, b) -> a | b);
        }
        maxTokens = Math.max(maxTokens, entry.size());
      }
    }
  }

  List<String> names() {
    return names;
  }

  /** Per token, the bits of every list with an entry covering that token. */
  int[] match(String[] tokens) {
    String[] lower = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      lower[i] = tokens[i].toLowerCase(Locale.ROOT);
    }
    return matchLowerCased(lower);
  }

  /** {@link #match} of tokens already lower-cased with {@code Locale.ROOT}. */
  int[] matchLowerCased(String[] tokens) {
    Integer[] single = new Integer[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      single[i] = entry(tokens[i]);
    }
    return matchLowerCased(tokens, single);
  }

  /**
   * The entry (bits of the lists holding it; 0 for a mere prefix of longer entries) of one
   * lower-cased token, or null: what {@link #matchLowerCased(String[], Integer[])} needs per token,
   * so callers can keep it per distinct token.
   */
  Integer entry(String lowerCasedToken) {
    return entries.get(lowerCasedToken);
  }

  /** As {@link #matchLowerCased(String[])} with each token's {@link #entry} given. */
  int[] matchLowerCased(String[] tokens, Integer[] single) {
    int[] masks = new int[tokens.length];
    for (int from = 0; from < tokens.length; from++) {
      String key = null;
      for (int to = from; to < tokens.length && to - from < maxTokens; to++) {
        String token = tokens[to];
        key = key == null ? token : key + ' ' + token;
        Integer bits = to == from ? single[from] : entries.get(key);
        if (bits == null) {
          break;
        }
        for (int t = from; bits != 0 && t <= to; t++) {
          masks[t] |= bits;
        }
      }
    }
    return masks;
  }
}
