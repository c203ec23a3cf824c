package io.portcullis.classifiers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges overlapping candidates into one finding per span, deterministically. Precedence: a
 * validated finding beats an unvalidated one; then the higher catalog level (the more specific,
 * more sensitive type); then the longer span (a URL over the IP inside it); then the higher score;
 * then the earlier start; then the type name, so equal inputs always give equal outputs.
 */
public final class OverlapResolver {

  /**
   * Written out rather than composed from Comparator.comparing(...).thenComparing(...): the chain
   * boxed {@code validated} and went through seven lambdas per comparison, and sorting was half of
   * this class's time (JFR, 2 KB prompts). {@code OverlapResolverTest} checks it orders as the
   * chain did.
   */
  static final Comparator<Finding> PRECEDENCE = (a, b) -> {
    if (a.validated() != b.validated()) {
      return a.validated() ? -1 : 1;
    }
    int c = Integer.compare(b.level(), a.level());
    if (c == 0) {
      c = Integer.compare(b.length(), a.length());
    }
    if (c == 0) {
      c = Double.compare(b.score(), a.score());
    }
    if (c == 0) {
      c = Integer.compare(a.start(), b.start());
    }
    if (c == 0) {
      c = a.type().compareTo(b.type());
    }
    return c != 0 ? c : a.detector().compareTo(b.detector());
  };

  /** Returns the surviving findings ordered by start. */
  public List<Finding> resolve(List<Finding> candidates) {
    if (candidates.size() <= 1) {
      return List.copyOf(candidates);
    }
    List<Finding> byPrecedence = new ArrayList<>(candidates);
    byPrecedence.sort(PRECEDENCE);
    // Kept spans are disjoint, so the one starting last before f ends is the only one that can
    // overlap f: O(log n) per candidate even for megabyte inputs with thousands of findings.
    TreeMap<Integer, Finding> kept = new TreeMap<>();
    for (Finding f : byPrecedence) {
      Map.Entry<Integer, Finding> before = kept.floorEntry(Math.max(f.end() - 1, f.start()));
      if (f.length() > 0 && (before == null || !before.getValue().overlaps(f))) {
        kept.put(f.start(), f);
      }
    }
    return new ArrayList<>(kept.values());
  }
}
