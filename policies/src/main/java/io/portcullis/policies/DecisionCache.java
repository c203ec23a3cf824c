package io.portcullis.policies;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * Recent decisions by {@link DecisionKey}, least recently used evicted, all dropped as soon as a newer
 * policy revision is seen: every decision from OPA carries its revision, and the client also polls
 * the revision in the background, so a cached answer outlives a policy change by at most one poll.
 * Decisions of a policy set without a revision are not cached at all.
 */
final class DecisionCache {
  /** What decision.rego reports when the policy set carries no revision. */
  static final String UNKNOWN_REVISION = "unknown";

  private final int capacity;
  private final LinkedHashMap<DecisionKey, Decision> entries;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private String revision; // guarded by this

  DecisionCache(int capacity) {
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<DecisionKey, Decision> eldest) {
        return size() > DecisionCache.this.capacity;
      }
    };
  }

  Decision get(DecisionKey key) {
    Decision found = null;
    if (capacity > 0) {
      synchronized (this) {
        found = entries.get(key);
      }
    }
    (found == null ? misses : hits).increment();
    return found;
  }

  void put(DecisionKey key, Decision decision) {
    if (capacity == 0 || UNKNOWN_REVISION.equals(decision.revision())) {
      // Without a revision (an OPA loaded by other means, no data.portcullis_meta.revision) a policy
      // change could never be noticed, and a cached decision would outlive it for good: not cached.
      observeRevision(decision.revision());
      return;
    }
    synchronized (this) {
      observeRevision(decision.revision());
      entries.put(key, decision);
    }
  }

  /** A revision other than the current one means the policy set changed: forget everything. */
  synchronized void observeRevision(String seen) {
    if (!Objects.equals(seen, revision)) {
      entries.clear();
      revision = seen;
    }
  }

  synchronized String revision() {
    return revision;
  }

  synchronized int size() {
    return entries.size();
  }

  long hits() {
    return hits.sum();
  }

  long misses() {
    return misses.sum();
  }

  double hitRatio() {
    long h = hits.sum();
    long total = h + misses.sum();
    return total == 0 ? 0.0 : (double) h / total;
  }
}
