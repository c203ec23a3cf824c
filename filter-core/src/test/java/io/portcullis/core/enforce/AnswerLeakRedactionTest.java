package io.portcullis.core.enforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.classifiers.Classifier;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The streamed half of the response policy, with the real classifier: whatever the delta sizes, the
 * caller receives exactly the text the whole-answer rewrite produces, and never a piece of a value.
 */
class AnswerLeakRedactionTest {
  private static Classifier classifier;

  @BeforeAll
  static void load() {
    classifier = Classifier.withDefaults();
  }

  private static AnswerLeakRedaction redaction(AtomicInteger counter) {
    return new AnswerLeakRedaction(classifier, null, "US", Set.of("EMAIL_ADDRESS", "CN_RESIDENT_ID", "CREDIT_CARD", "PHONE_NUMBER"),
        t -> "[REDACTED:" + t + "]", counter);
  }

  /**
   * Feeds text in deltas of 1..maxDelta characters and returns what the caller would see. After every
   * delta, what was released so far must be a prefix of the whole rewrite: had a head of a value gone
   * out, the text could no longer become the rewrite, which has a placeholder there.
   */
  private static String stream(String text, String whole, int maxDelta, long seed) {
    DeltaFilter f = redaction(new AtomicInteger()).newFieldFilter();
    Random r = new Random(seed);
    StringBuilder out = new StringBuilder();
    for (int at = 0; at < text.length(); ) {
      int n = Math.min(text.length() - at, 1 + r.nextInt(maxDelta));
      out.append(f.accept(text.substring(at, at + n)));
      at += n;
      assertTrue(whole.startsWith(out.toString()), "released text left the rewrite's path: " + out);
    }
    return out.append(f.finish()).toString();
  }

  @Test
  void oneCharacterDeltasGiveTheSameTextAsTheWholeRewrite() {
    String answer = "Sure. The customer is reachable at jane.roe@example.org or +1 415 555 2671, card 4111 1111 1111 1111, "
        + "身份证 11010519491231002X。Anything else?";
    String whole = redaction(new AtomicInteger()).wholeText(answer);
    assertFalse(whole.contains("jane.roe"), whole);
    assertFalse(whole.contains("4111"), whole);
    assertFalse(whole.contains("11010519"), whole);
    for (int maxDelta : new int[] {1, 2, 3, 7, 40}) {
      for (long seed = 0; seed < 5; seed++) {
        assertEquals(whole, stream(answer, whole, maxDelta, seed),
            "deltas up to " + maxDelta + ", seed " + seed);
      }
    }
  }

  @Test
  void plainProseIsReleasedWordGroupByWordGroupNotHeldToTheEnd() {
    DeltaFilter f = redaction(new AtomicInteger()).newFieldFilter();
    StringBuilder out = new StringBuilder();
    String text = "the weather today is mild and the river is calm, so we walk along it for a while and talk.";
    for (char c : text.toCharArray()) {
      out.append(f.accept(String.valueOf(c)));
    }
    assertTrue(out.length() >= text.length() - 24, "at most a word group is held back: released " + out.length() + " of " + text.length());
    assertEquals(text, out + f.finish());
  }

  @Test
  void holdBackIsBoundedForUnbrokenRuns() {
    DeltaFilter f = redaction(new AtomicInteger()).newFieldFilter();
    StringBuilder out = new StringBuilder();
    String run = "无".repeat(1000);
    for (char c : run.toCharArray()) {
      out.append(f.accept(String.valueOf(c)));
    }
    assertTrue(out.length() >= 1000 - LeakWindow.MAX_HOLD, "held " + (1000 - out.length()));
    assertEquals(run, out + f.finish());
  }

  @Test
  void redactionsAreCounted() {
    AtomicInteger n = new AtomicInteger();
    redaction(n).wholeText("a@example.com and b@example.com");
    assertEquals(2, n.get());
  }

  /** The caller's own values may come back, others of the same type may not; streamed or whole alike. */
  @Test
  void valuesTheCallerSentPassOthersOfTheSameTypeAreRedacted() {
    String prompt = "Mail me at Bob.Smith@Example.com or call +86 138 0013 8000; my colleague is Zhang Wei.";
    io.portcullis.classifiers.ClassificationContext ctx = new io.portcullis.classifiers.ClassificationContext("en", "US", Set.of());
    SentValues sent = SentValues.of(java.util.List.of(new io.portcullis.core.pipeline.SegmentFindings(
        new io.portcullis.core.extract.TextSegment("/messages/0/content", prompt), classifier.classify(prompt, ctx))));
    AtomicInteger n = new AtomicInteger();
    AnswerLeakRedaction r = new AnswerLeakRedaction(classifier, null, "US", Set.of("EMAIL_ADDRESS", "PHONE_NUMBER"),
        t -> "[REDACTED:" + t + "]", n, sent);
    String answer = "I wrote to bob.smith@example.com (yours) and to jane.roe@example.org; "
        + "I called 13800138000 and +1 415 555 2671.";
    String whole = r.wholeText(answer);
    assertTrue(whole.contains("bob.smith@example.com"), "the caller's own address, in another case: " + whole);
    assertTrue(whole.contains("13800138000"), "the caller's own number, written differently: " + whole);
    assertFalse(whole.contains("jane.roe"), whole);
    assertFalse(whole.contains("555 2671"), whole);
    assertEquals(2, n.get(), whole);
    assertTrue(sent.contains("EMAIL_ADDRESS", "Bob.Smith@example.COM"));
    assertFalse(sent.contains("EMAIL_ADDRESS", "bob.smith@example.org"));
    assertTrue(sent.contains("PERSON", "Zhang"), "a sent name, word by word");
    assertFalse(sent.contains("PHONE_NUMBER", "8000"), "too few digits to be the same number");
  }
}
