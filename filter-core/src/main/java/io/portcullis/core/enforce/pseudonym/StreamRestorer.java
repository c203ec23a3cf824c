package io.portcullis.core.enforce.pseudonym;

import java.util.regex.Matcher;

/**
 * Restores surrogates in one streamed answer field (one content or tool-argument stream) across
 * arbitrary chunk boundaries. Each {@link #accept} emits everything that can no longer change and
 * holds back only a tail that is a proper prefix of some surrogate, at most
 * {@code longestSurrogate() - 1} characters; the concatenation of all emitted text equals
 * {@link PseudonymMap#restore} of the whole answer. Works on a snapshot of the map taken at
 * construction. Not thread-safe: one per stream, fed in order.
 */
public final class StreamRestorer {

  private final Restorations restorations;
  private final StringBuilder pending = new StringBuilder();

  /** A restorer over the map's current surrogates (later additions to the map are not seen). */
  public StreamRestorer(PseudonymMap map) {
    this(map.snapshot());
  }

  StreamRestorer(Restorations restorations) {
    this.restorations = restorations;
  }

  /** Appends {@code delta}; returns the restored text that is safe to emit now (maybe empty). */
  public String accept(String delta) {
    if (restorations.isEmpty()) {
      return delta;
    }
    pending.append(delta);
    int hold = restorations.holdFrom(pending);
    // A match starting before `hold` is final: were it extendable past the end of the buffer, its
    // start would itself be a hold position, and `hold` is the smallest one.
    StringBuilder out = new StringBuilder(pending.length());
    int emitted = 0;
    Matcher m = restorations.matcher(pending);
    while (m.find() && m.start() < hold) {
      out.append(pending, emitted, m.start()).append(restorations.originals().get(m.group()));
      emitted = m.end();
    }
    int cut = Math.max(hold, emitted);
    out.append(pending, emitted, cut);
    pending.delete(0, cut);
    return out.toString();
  }

  /** The end of the stream: restores and returns whatever is still held back. */
  public String finish() {
    String rest = restorations.restore(pending);
    pending.setLength(0);
    return rest;
  }

  /** Characters currently held back (never more than longestSurrogate() - 1). */
  public int heldBack() {
    return pending.length();
  }
}
