package io.portcullis.core.enforce;

/**
 * Rewrites one streamed text field (a choice's content, a content block's text) delta by delta.
 * It may hold back a bounded tail (a value or surrogate that could still be completed by the next
 * delta) and must release everything by {@link #finish()}.
 */
public interface DeltaFilter {

  /** Text safe to emit now, given the next delta. */
  String accept(String delta);

  /** The held-back rest, at the end of the field. */
  String finish();
}
