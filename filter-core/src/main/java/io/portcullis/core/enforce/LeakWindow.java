package io.portcullis.core.enforce;

import io.portcullis.classifiers.Finding;
import java.util.List;

/**
 * The bounded hold-back window of one streamed answer field. Text is released up to the last place
 * where no value can still be forming: after a separator that does not join digit groups
 * ({@code 4111 1111 ...}) or capitalised words ({@code John Smith}); unspaced Chinese runs are held
 * to the next punctuation. Before release, the window (with a little already-released context, for
 * context words) is classified; a targeted value that straddles the cut moves the cut before it, so
 * no value and no part of one leaves, even when it arrives in 1-character deltas.
 *
 * <p>Bounds: at most {@link #MAX_HOLD} characters are held (longer unbroken runs release all but the
 * last {@link #KEEP_ON_FORCE}); after the first release, text leaves in pieces of at least
 * {@link #MIN_RELEASE} characters or at a sentence end, which keeps the classifier calls to a few per
 * sentence. The first word group is released as soon as it is complete, for time-to-first-token.
 */
final class LeakWindow implements DeltaFilter {
  static final int MAX_HOLD = 256;
  static final int KEEP_ON_FORCE = 64;
  static final int MIN_RELEASE = 16;
  static final int CONTEXT = 48;

  private final AnswerLeakRedaction policy;
  private final StringBuilder pending = new StringBuilder();
  /** The last released characters as the provider sent them, so context words before a value count. */
  private final StringBuilder context = new StringBuilder();
  private boolean releasedAny;

  LeakWindow(AnswerLeakRedaction policy) {
    this.policy = policy;
  }

  @Override
  public String accept(String delta) {
    pending.append(delta);
    int cut = lastSafeCut();
    if (cut <= 0 && pending.length() > MAX_HOLD) {
      cut = pending.length() - KEEP_ON_FORCE;
    }
    if (cut <= 0 || releasedAny && cut < MIN_RELEASE && !sentenceEndBefore(cut)) {
      return "";
    }
    return release(cut, false);
  }

  @Override
  public String finish() {
    return pending.isEmpty() ? "" : release(pending.length(), true);
  }

  private String release(int cut, boolean all) {
    int offset = context.length();
    String text = context.toString() + pending;
    List<Finding> found = policy.findings(text);
    int end = offset + cut;
    if (!all) {
      // Never cut through a value: hold it back whole until it is complete.
      for (boolean moved = true; moved; ) {
        moved = false;
        for (Finding f : found) {
          if (f.start() < end && f.end() > end) {
            end = Math.max(offset, f.start());
            moved = f.start() >= offset;
          }
        }
      }
    }
    if (end <= offset) {
      return "";
    }
    String out = policy.replace(text, found, offset, end);
    int released = end - offset;
    context.append(pending, 0, released);
    if (context.length() > CONTEXT) {
      context.delete(0, context.length() - CONTEXT);
    }
    pending.delete(0, released);
    releasedAny = true;
    return out;
  }

  /** The largest index i (0 < i < length) after which releasing is safe, or 0. */
  private int lastSafeCut() {
    for (int i = pending.length() - 1; i > 0; i--) {
      if (separator(pending.charAt(i - 1)) && !joins(i)) {
        return i;
      }
    }
    return 0;
  }

  /** Whether the separator before index i may be inside one value (digit groups, a multi-word name). */
  private boolean joins(int i) {
    char before = i >= 2 ? pending.charAt(i - 2) : ' ';
    char next = pending.charAt(i);
    char sep = pending.charAt(i - 1);
    if ((sep == ' ' || sep == '-') && Character.isDigit(before) && (Character.isDigit(next) || next == '(' || next == '+')) {
      return true;
    }
    return Character.isWhitespace(sep) && Character.isUpperCase(next) && capitalisedWordEndsAt(i - 1);
  }

  private boolean capitalisedWordEndsAt(int end) {
    int s = end;
    while (s > 0 && Character.isLetter(pending.charAt(s - 1))) {
      s--;
    }
    return s < end && Character.isUpperCase(pending.charAt(s));
  }

  private boolean sentenceEndBefore(int cut) {
    for (int i = cut - 1; i >= 0 && i >= cut - 3; i--) {
      char c = pending.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '。' || c == '！' || c == '？') {
        return true;
      }
    }
    return false;
  }

  private static boolean separator(char c) {
    return Character.isWhitespace(c) || switch (c) {
      case ',', ';', '!', '?', '"', '\'', '。', '，', '；', '！', '？', '、', '：', '“', '”', '‘', '’' -> true;
      default -> false;
    };
  }
}
