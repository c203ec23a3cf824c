package io.portcullis.core.enforce;

/** Two answer rewrites in order, e.g. surrogates restored first, then the response policy applied. */
public record ChainedRewrite(AnswerRewrite first, AnswerRewrite second) implements AnswerRewrite {

  /** {@code a} then {@code b}; either may be null (absent). */
  public static AnswerRewrite of(AnswerRewrite a, AnswerRewrite b) {
    return a == null ? b : b == null ? a : new ChainedRewrite(a, b);
  }

  @Override
  public DeltaFilter newFieldFilter() {
    DeltaFilter one = first.newFieldFilter();
    DeltaFilter two = second.newFieldFilter();
    return new DeltaFilter() {
      @Override
      public String accept(String delta) {
        String mid = one.accept(delta);
        return mid.isEmpty() ? "" : two.accept(mid);
      }

      @Override
      public String finish() {
        String mid = one.finish();
        String out = mid.isEmpty() ? "" : two.accept(mid);
        return out + two.finish();
      }
    };
  }

  @Override
  public String wholeText(String text) {
    return second.wholeText(first.wholeText(text));
  }
}
