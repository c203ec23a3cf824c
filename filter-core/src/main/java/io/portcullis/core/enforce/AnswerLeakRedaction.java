package io.portcullis.core.enforce;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Classifier;
import io.portcullis.classifiers.Finding;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies the response policy to an answer: values of the targeted entity types (the personal data and
 * secret types OPA guards in this exchange's answers) are replaced by typed placeholders before the
 * caller sees them, unless the caller sent that very value ({@link SentValues}). Whole answers are classified once; streamed fields go
 * through a {@link LeakWindow}, which holds back only the text a value could still be forming in.
 *
 * <p>Classification of streamed text happens on the event loop that relays the stream, in small
 * windows (at most {@link LeakWindow#MAX_HOLD} plus {@link LeakWindow#CONTEXT} characters), so each
 * call costs microseconds to a few hundred microseconds; whole answers are rewritten on a worker.
 */
public final class AnswerLeakRedaction implements AnswerRewrite {
  private final Classifier classifier;
  private final ClassificationContext context;
  private final Function<String, String> placeholder;
  private final AtomicInteger redacted;
  private final SentValues sent;

  /**
   * @param targets     entity types to redact (the response decision's targets)
   * @param placeholder the typed placeholder for a type, e.g. {@code [EMAIL_ADDRESS]}
   * @param redacted    counts replaced values, for the completion record and metrics
   */
  public AnswerLeakRedaction(Classifier classifier, String language, String region, Set<String> targets,
                             Function<String, String> placeholder, AtomicInteger redacted) {
    this(classifier, language, region, targets, placeholder, redacted, SentValues.NONE);
  }

  /** @param sent the values the caller sent, which the answer may repeat */
  public AnswerLeakRedaction(Classifier classifier, String language, String region, Set<String> targets,
                             Function<String, String> placeholder, AtomicInteger redacted, SentValues sent) {
    this.sent = sent;
    this.classifier = classifier;
    this.context = new ClassificationContext(language, region, Set.copyOf(targets));
    this.placeholder = placeholder;
    this.redacted = redacted;
  }

  @Override
  public DeltaFilter newFieldFilter() {
    return new LeakWindow(this);
  }

  @Override
  public String wholeText(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return replace(text, findings(text), 0, text.length());
  }

  /** Targeted findings in {@code text}: the classifier returns them disjoint and ordered by start. */
  List<Finding> findings(String text) {
    return classifier.classify(text, context);
  }

  /**
   * {@code text[from, to)} with every finding that ends by {@code to} replaced; a finding that began
   * before {@code from} (its head already released) has its remaining part replaced.
   */
  String replace(String text, List<Finding> found, int from, int to) {
    StringBuilder out = new StringBuilder(to - from + 16);
    int at = from;
    for (Finding f : found) {
      if (f.end() <= from || f.end() > to || f.start() < at && f.start() >= from
          || sent.contains(f.type(), text.substring(f.start(), f.end()))) {
        continue;
      }
      int start = Math.max(f.start(), from);
      out.append(text, at, start).append(placeholder.apply(f.type()));
      at = f.end();
      redacted.incrementAndGet();
    }
    return out.append(text, at, to).toString();
  }
}
