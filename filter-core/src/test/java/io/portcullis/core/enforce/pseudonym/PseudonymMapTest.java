package io.portcullis.core.enforce.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PseudonymMapTest {

  private static final Surrogates S = TestKeys.SURROGATES;

  @Test
  void sameValueSameSurrogateWithinAMapAndAcrossTurnsOfAConversation() {
    PseudonymMap turn1 = new PseudonymMap(S, "tenant-a/conv-1");
    PseudonymMap turn2 = new PseudonymMap(S, "tenant-a/conv-1");
    String id = "11010519491231002X";
    String s = turn1.pseudonymize("CN_RESIDENT_ID", id);
    assertEquals(s, turn1.pseudonymize("CN_RESIDENT_ID", id));
    assertEquals(s, turn2.pseudonymize("CN_RESIDENT_ID", id));
    assertEquals(1, turn1.restorations().size());
    assertEquals(id, turn1.restorations().get(s));
  }

  @Test
  void restoreRoundTripsARewrittenPrompt() {
    PseudonymMap map = new PseudonymMap(S, "tenant-a");
    Map<String, String> values = Map.of(
        "CN_RESIDENT_ID", "11010519491231002X",
        "PERSON", "张伟",
        "EMAIL_ADDRESS", "zhang.wei@corp.cn",
        "CREDIT_CARD", "4111 1111 1111 1111",
        "PHONE_NUMBER", "+86 138 0013 8000",
        "MEDICAL_CONDITION", "diabetes");
    String prompt = "患者张伟 (ID 11010519491231002X, zhang.wei@corp.cn, +86 138 0013 8000) has "
        + "diabetes; card 4111 1111 1111 1111. Again: 张伟, 11010519491231002X.";
    String rewritten = prompt;
    for (Map.Entry<String, String> e : values.entrySet()) {
      rewritten = rewritten.replace(e.getValue(), map.pseudonymize(e.getKey(), e.getValue()));
    }
    for (String original : values.values()) {
      assertFalse(rewritten.contains(original), "leaked " + original + " in " + rewritten);
    }
    assertEquals(prompt, map.restore(rewritten));
    assertTrue(rewritten.contains("[MEDICAL_CONDITION_1]"), rewritten);
  }

  @Test
  void collidingDerivationsAreReDerivedSoEverySurrogateRestoresToOneOriginal() {
    // 762 documentation IPv4 addresses: 300 distinct values collide many times (birthday bound).
    PseudonymMap map = new PseudonymMap(S, "t");
    Set<String> surrogates = new HashSet<>();
    List<String> values = new ArrayList<>();
    int firstChoiceTaken = 0;
    for (int i = 0; i < 300; i++) {
      String ip = "10.0." + (i / 250) + "." + (i % 250 + 1);
      values.add(ip);
      String s = map.pseudonymize("IP_ADDRESS", ip);
      if (!s.equals(S.surrogate("IP_ADDRESS", ip, "t", 0))) {
        firstChoiceTaken++;
      }
      assertTrue(surrogates.add(s), "surrogate reused: " + s);
      assertEquals(s, map.pseudonymize("IP_ADDRESS", ip));
    }
    assertTrue(firstChoiceTaken > 0, "the test should exercise re-derivation");
    assertEquals(300, new HashSet<>(map.restorations().values()).size());
    for (String ip : values) {
      assertEquals(ip, map.restore(map.pseudonymize("IP_ADDRESS", ip)));
    }
  }

  @Test
  void anExhaustedSpaceFallsBackToUniquePlaceholders() {
    PseudonymMap map = new PseudonymMap(S, "t");
    Set<String> surrogates = new HashSet<>();
    for (int i = 0; i < 900; i++) { // more than the 762 documentation addresses
      assertTrue(surrogates.add(map.pseudonymize("IP_ADDRESS", "10.1." + (i / 200) + "." + i % 200)));
    }
    assertTrue(surrogates.stream().anyMatch(s -> s.startsWith("[IP_ADDRESS_")));
  }

  @Test
  void aSurrogateNeverEqualsAnotherOriginalOfTheSameMap() {
    PseudonymMap map = new PseudonymMap(S, "t");
    String a = "10.9.9.9";
    String sa = map.pseudonymize("IP_ADDRESS", a);
    // The value that is a's surrogate now arrives as an original: it must get a different one.
    String sb = map.pseudonymize("IP_ADDRESS", sa);
    assertNotEquals(sa, sb);
    assertNotEquals(a, sb);
    assertEquals(a + " " + sa, map.restore(sa + " " + sb));
  }

  @Test
  void digitGroupSurrogatesAlsoRestoreWhenTheModelDropsTheSeparators() {
    PseudonymMap map = new PseudonymMap(S, "t");
    String card = map.pseudonymize("CREDIT_CARD", "4111 1111 1111 1111");
    String phone = map.pseudonymize("PHONE_NUMBER", "(650) 253-0000");
    String compactCard = card.replace(" ", "");
    String compactPhone = phone.replaceAll("[ ()-]", "");
    assertEquals("4111111111111111 / 6502530000 / 4111 1111 1111 1111",
        map.restore(compactCard + " / " + compactPhone + " / " + card));
    assertEquals(4, map.restorations().size());
    // Types that are not digit groups get no extra forms.
    map.pseudonymize("EMAIL_ADDRESS", "a.b@corp.cn");
    assertEquals(5, map.restorations().size());
  }

  @Test
  void placeholdersAreNumberedPerTypeAndRestorable() {
    PseudonymMap map = new PseudonymMap(S, "t");
    assertEquals("[PERSON_1]", map.placeholder("PERSON", "Alice"));
    assertEquals("[PERSON_2]", map.placeholder("PERSON", "Bob"));
    assertEquals("[PERSON_1]", map.placeholder("PERSON", "Alice"));
    assertEquals("[EMAIL_ADDRESS_1]", map.placeholder("EMAIL_ADDRESS", "a@b.cn"));
    assertEquals("Alice met Bob", map.restore("[PERSON_1] met [PERSON_2]"));
  }

  @Test
  void restorePrefersTheLongestSurrogateAndTreatsSurrogatesAsLiterals() {
    Restorations r = new Restorations(Map.of("Li Wei", "A", "Li Weiming", "B", "a.b*(c", "C"));
    assertEquals("B and A and C and axb*(c", r.restore("Li Weiming and Li Wei and a.b*(c and axb*(c"));
    assertEquals("Li Wei", new Restorations(Map.of()).restore("Li Wei"));
  }

  @Test
  void longestSurrogateAndEmptiness() {
    PseudonymMap map = new PseudonymMap(S, "t");
    assertTrue(map.isEmpty());
    assertEquals(0, map.longestSurrogate());
    String card = map.pseudonymize("CREDIT_CARD", "4111 1111 1111 1111");
    String name = map.pseudonymize("PERSON", "张伟");
    assertFalse(map.isEmpty());
    assertEquals(Math.max(card.length(), name.length()), map.longestSurrogate());
    assertThrows(UnsupportedOperationException.class, () -> map.restorations().clear());
  }

  @Test
  @Timeout(60) // a hang guard, not a measurement: backtracking over near-misses would blow it
  void restoreHandlesAMegabyteOfNearMisses() {
    PseudonymMap map = new PseudonymMap(S, "t");
    for (int i = 0; i < 200; i++) {
      map.pseudonymize("CREDIT_CARD", String.format("4111 1111 1111 %04d", i));
    }
    // Megabyte of near-misses: every position starts a partial card number.
    String text = "4111 1".repeat(200_000);
    assertEquals(text, map.restore(text));
    String real = map.pseudonymize("CREDIT_CARD", "4111 1111 1111 0007");
    assertEquals(text + "4111 1111 1111 0007" + text, map.restore(text + real + text));
  }
}
