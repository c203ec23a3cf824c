package io.portcullis.core.enforce;

import io.portcullis.core.enforce.pseudonym.PseudonymMap;
import io.portcullis.core.enforce.pseudonym.StreamRestorer;

/** Puts the caller's original values back where the answer repeats their surrogates. */
public final class PseudonymRestore implements AnswerRewrite {
  private final PseudonymMap map;

  public PseudonymRestore(PseudonymMap map) {
    this.map = map;
  }

  @Override
  public DeltaFilter newFieldFilter() {
    StreamRestorer r = map.streamRestorer();
    return new DeltaFilter() {
      @Override
      public String accept(String delta) {
        return r.accept(delta);
      }

      @Override
      public String finish() {
        return r.finish();
      }
    };
  }

  @Override
  public String wholeText(String text) {
    return map.restore(text);
  }
}
