package io.portcullis.core.enforce.pseudonym;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The surrogates of one exchange and the way back to the originals. Lives in memory for the
 * exchange only and is never persisted or logged: it is the one place where raw values and their
 * surrogates meet. Every surrogate in it maps back to exactly one original. Not thread-safe by
 * contract: one exchange, one map, filled while the request is rewritten, then read while the
 * answer is restored.
 */
public final class PseudonymMap {

  /**
   * Types whose values are digit groups a model may well rewrite without their separators ("4111
   * 1111 ..." as "41111111..."); their compact surrogate is restorable too, to the compact original.
   */
  private static final Set<String> COMPACTABLE =
      Set.of("CREDIT_CARD", "PHONE_NUMBER", "IBAN_CODE", "US_SSN", "UK_NHS");

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");

  private final Surrogates surrogates;
  private final String scope;
  private final Map<String, String> assigned = new HashMap<>(); // type NUL value -> surrogate
  private final Map<String, String> restorations = new LinkedHashMap<>(); // surrogate -> original
  private final Set<String> originals = new HashSet<>();
  private final Map<String, Integer> placeholderCounts = new HashMap<>();
  private int longest;
  private Restorations compiled; // rebuilt lazily after a change

  /**
   * @param scope what surrogates are stable across: a tenant id, or tenant + conversation id. The
   *     same value in the same scope gets the same surrogate in every exchange.
   */
  public PseudonymMap(Surrogates surrogates, String scope) {
    this.surrogates = surrogates;
    this.scope = scope;
  }

  /**
   * The realistic surrogate for {@code value} (a typed, numbered placeholder for types without a
   * generator and for values over {@link Surrogates#MAX_SURROGATE_VALUE_LENGTH} characters). The same value always gets the same surrogate in this map; when a derived
   * surrogate is already taken by a different value, or is itself an original here, it is
   * re-derived with the next attempt number, so restoring stays unambiguous.
   */
  public String pseudonymize(String type, String value) {
    if (!surrogates.hasGenerator(type) || value.length() > Surrogates.MAX_SURROGATE_VALUE_LENGTH) {
      return placeholder(type, value);
    }
    String key = type + '\0' + value;
    String existing = assigned.get(key);
    if (existing != null) {
      return existing;
    }
    for (int attempt = 0; attempt < Surrogates.MAX_ATTEMPTS; attempt++) {
      String candidate = surrogates.surrogate(type, value, scope, attempt);
      if (isFree(candidate, value)) {
        record(key, candidate, value);
        if (COMPACTABLE.contains(type)) {
          String compact = compact(candidate);
          if (!compact.equals(candidate) && isFree(compact, compact(value))) {
            addRestoration(compact, compact(value));
          }
        }
        return candidate;
      }
    }
    return placeholder(type, value); // realistic space exhausted (e.g. hundreds of IPv4s)
  }

  /**
   * A typed placeholder for {@code value}, numbered per type in order of first appearance
   * ("[PERSON_1]", "[PERSON_2]"), restorable like a surrogate. For tenants that prefer placeholders.
   */
  public String placeholder(String type, String value) {
    String key = "placeholder\0" + type + '\0' + value;
    String existing = assigned.get(key);
    if (existing != null) {
      return existing;
    }
    while (true) {
      int n = placeholderCounts.merge(type, 1, Integer::sum);
      String candidate = surrogates.placeholder(type, n);
      if (isFree(candidate, value)) {
        return record(key, candidate, value);
      }
    }
  }

  /**
   * Surrogate -> original, in order of assignment (compact forms of digit-group surrogates
   * included, mapped to the compact original); a read-only copy.
   */
  public Map<String, String> restorations() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(restorations));
  }

  /** Length of the longest surrogate; a stream must hold back at most this minus one characters. */
  public int longestSurrogate() {
    return longest;
  }

  public boolean isEmpty() {
    return restorations.isEmpty();
  }

  /** {@code text} with every surrogate of this map replaced by its original, longest first. */
  public String restore(String text) {
    return restorations.isEmpty() ? text : snapshot().restore(text);
  }

  /** A restorer for one streamed answer field, over the surrogates assigned so far. */
  public StreamRestorer streamRestorer() {
    return new StreamRestorer(this);
  }

  Restorations snapshot() {
    if (compiled == null) {
      compiled = new Restorations(restorations);
    }
    return compiled;
  }

  private boolean isFree(String candidate, String value) {
    if (candidate.equals(value)) {
      return false;
    }
    String owner = restorations.get(candidate);
    return (owner == null || owner.equals(value)) && !originals.contains(candidate);
  }

  private String record(String key, String surrogate, String value) {
    assigned.put(key, surrogate);
    addRestoration(surrogate, value);
    return surrogate;
  }

  private void addRestoration(String surrogate, String value) {
    restorations.put(surrogate, value);
    originals.add(value);
    longest = Math.max(longest, surrogate.length());
    compiled = null;
  }

  private static String compact(String s) {
    return SEPARATORS.matcher(s).replaceAll("");
  }
}
