package io.portcullis.core.enforce.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property-style: for every way of cutting an answer into deltas, the emitted text equals the
 * whole-text restore, and the hold-back never exceeds longest-1 characters.
 */
class StreamRestorerTest {

  private static final Surrogates S = TestKeys.SURROGATES;

  /** Surrogates that are prefixes of each other, overlap and repeat characters: the hard cases. */
  private static final Restorations TRICKY = new Restorations(Map.of(
      "4111 1111", "<short>",
      "4111 1111 2222", "<long>",
      "abab", "<abab>",
      "aba", "<aba>",
      "ba", "<ba>",
      "x", "<x>"));

  private static final List<String> TRICKY_TEXTS = List.of(
      "4111 1111 2222 then 4111 1111 3 and 4111 1 not a card",
      "abababa x ba aba abab",
      "4111 11114111 1111 2222abab",
      "aab4111 1111 222",
      "4111 1",
      "");

  @Test
  void everySplitOfTrickyTextsMatchesTheWholeTextRestore() {
    for (String text : TRICKY_TEXTS) {
      assertAllSplits(TRICKY, text);
    }
  }

  @Test
  void wholeTextRestoreAgreesWithANaiveLeftmostLongestReference() {
    Map<String, String> pairs = Map.of("4111 1111", "<short>", "4111 1111 2222", "<long>",
        "abab", "<abab>", "aba", "<aba>", "ba", "<ba>", "x", "<x>");
    List<String> byLength = new ArrayList<>(pairs.keySet());
    byLength.sort((a, b) -> b.length() - a.length());
    for (String text : TRICKY_TEXTS) {
      StringBuilder naive = new StringBuilder();
      int i = 0;
      outer:
      while (i < text.length()) {
        for (String k : byLength) {
          if (text.startsWith(k, i)) {
            naive.append(pairs.get(k));
            i += k.length();
            continue outer;
          }
        }
        naive.append(text.charAt(i++));
      }
      assertEquals(naive.toString(), TRICKY.restore(text), text);
    }
  }

  @Test
  void everySplitOfARealAnswerWithSeveralAdjacentSurrogatesRestoresTheOriginals() {
    PseudonymMap map = new PseudonymMap(S, "tenant-a");
    String id = map.pseudonymize("CN_RESIDENT_ID", "11010519491231002X");
    String name = map.pseudonymize("PERSON", "张伟");
    String card = map.pseudonymize("CREDIT_CARD", "4111 1111 1111 1111");
    String email = map.pseudonymize("EMAIL_ADDRESS", "zhang.wei@corp.cn");
    String answer = name + "的身份证号是" + id + id + "，卡号" + card + "," + email + name
        + " (" + card.substring(0, 6) + " is not a card) " + card.replace(" ", "") + id.substring(0, 17);
    String expected = "张伟的身份证号是11010519491231002X11010519491231002X，卡号4111 1111 1111 1111,"
        + "zhang.wei@corp.cn张伟 (" + card.substring(0, 6) + " is not a card) 4111111111111111"
        + id.substring(0, 17);
    assertEquals(expected, map.restore(answer));
    assertEquals(map.longestSurrogate(), map.snapshot().longest());
    assertAllSplits(map.snapshot(), answer);
  }

  @Test
  void anEmptyMapPassesDeltasStraightThrough() {
    StreamRestorer r = new PseudonymMap(S, "t").streamRestorer();
    assertEquals("4111 1", r.accept("4111 1"));
    assertEquals(0, r.heldBack());
    assertEquals("", r.finish());
  }

  @Test
  void aFalseStartIsHeldThenReleasedUnchanged() {
    StreamRestorer r = new StreamRestorer(TRICKY);
    assertEquals("card ", r.accept("card 4111 1"));
    assertEquals(6, r.heldBack());
    assertEquals("4111 1 is not", r.accept(" is not"));
    assertEquals(0, r.heldBack());
    assertEquals("<short> <long>", r.accept("4111 1111 4111 1111 2222") + r.finish());
  }

  /** Whole-text restore compared with all 2- and 3-piece splits, 1-char deltas, random splits. */
  private static void assertAllSplits(Restorations r, String text) {
    int longest = r.longest();
    assertTrue(longest >= 1);
    String expected = r.restore(text);
    int n = text.length();
    assertStream(r, longest, text, expected, List.of(text));
    for (int i = 0; i <= n; i++) {
      assertStream(r, longest, text, expected, List.of(text.substring(0, i), text.substring(i)));
      for (int j = i; j <= n; j++) {
        assertStream(r, longest, text, expected,
            List.of(text.substring(0, i), text.substring(i, j), text.substring(j)));
      }
    }
    List<String> singles = new ArrayList<>();
    text.chars().forEach(c -> singles.add(String.valueOf((char) c)));
    assertStream(r, longest, text, expected, singles);
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      List<String> pieces = new ArrayList<>();
      int at = 0;
      while (at < n) {
        int len = Math.min(n - at, random.nextInt(5));
        pieces.add(text.substring(at, at + len)); // includes empty deltas
        at += len;
      }
      assertStream(r, longest, text, expected, pieces);
    }
  }

  private static void assertStream(Restorations r, int longest, String text, String expected,
      List<String> deltas) {
    StreamRestorer restorer = new StreamRestorer(r);
    StringBuilder emitted = new StringBuilder();
    for (String d : deltas) {
      emitted.append(restorer.accept(d));
      assertTrue(restorer.heldBack() <= longest - 1,
          "held back " + restorer.heldBack() + " > " + (longest - 1) + " for " + deltas);
      assertTrue(expected.startsWith(emitted.toString()),
          "emitted something the whole-text restore does not: " + emitted + " for " + deltas);
    }
    emitted.append(restorer.finish());
    assertEquals(0, restorer.heldBack());
    assertEquals(expected, emitted.toString(), "deltas " + deltas + " of " + text);
  }
}
