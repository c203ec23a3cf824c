package io.portcullis.core.enforce.pseudonym;

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
    StringBuilder out = new StringBuilder(pending.length());
    int consumed = restorations.restoreInto(pending, out, false);
    pending.delete(0, consumed);
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
