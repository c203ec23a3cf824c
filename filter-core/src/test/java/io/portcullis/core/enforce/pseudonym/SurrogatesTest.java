package io.portcullis.core.enforce.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurrogatesTest {

  private static final Surrogates S = TestKeys.SURROGATES;

  /** One realistic original per type that has a generator. */
  static final Map<String, String> SAMPLES = Map.ofEntries(
      Map.entry("CREDIT_CARD", "4111 1111 1111 1111"),
      Map.entry("CN_RESIDENT_ID", "11010519491231002X"),
      Map.entry("CN_USCC", "91350100M000100Y43"),
      Map.entry("HK_ID", "A123456(3)"),
      Map.entry("IBAN_CODE", "DE89 3704 0044 0532 0130 00"),
      Map.entry("US_SSN", "123-45-6789"),
      Map.entry("UK_NHS", "943 476 5919"),
      Map.entry("PHONE_NUMBER", "+86 138 0013 8000"),
      Map.entry("EMAIL_ADDRESS", "zhang.wei@corp.cn"),
      Map.entry("IP_ADDRESS", "10.1.2.3"),
      Map.entry("MAC_ADDRESS", "00:1A:2B:3C:4D:5E"),
      Map.entry("URL", "https://intranet.corp.cn/hr/records/1234?id=77"),
      Map.entry("PERSON", "张伟"),
      Map.entry("LOCATION", "Shenzhen"),
      Map.entry("ORGANIZATION", "Acme Widgets Inc."),
      Map.entry("DATE_OF_BIRTH", "1990-03-07"),
      Map.entry("API_KEY", "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8t"),
      Map.entry("CN_PASSPORT", "E12345678"),
      Map.entry("US_PASSPORT", "C03005988"));

  @Test
  void everyGeneratorTypeIsCoveredBySamples() {
    assertEquals(SurrogateGenerators.BY_TYPE.keySet(), SAMPLES.keySet());
  }

  @Test
  void sameScopeTypeAndValueAlwaysGiveTheSameSurrogate() {
    Surrogates other = new Surrogates("test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    SAMPLES.forEach((type, value) -> {
      String first = S.surrogate(type, value, "tenant-a");
      assertEquals(first, S.surrogate(type, value, "tenant-a"), type);
      assertEquals(first, other.surrogate(type, value, "tenant-a"), type + " across instances");
    });
  }

  @Test
  void surrogateNeverEqualsTheValueAndIsNotAPlaceholderForGeneratorTypes() {
    SAMPLES.forEach((type, value) -> {
      for (int i = 0; i < 50; i++) {
        String s = S.surrogate(type, value, "scope-" + i);
        assertNotEquals(value, s, type);
        assertFalse(s.startsWith("[" + type), type + " fell back to a placeholder: " + s);
      }
    });
  }

  @Test
  void scopeKeyAndValueEachChangeTheSurrogate() {
    Surrogates otherKey = new Surrogates("another-key-0123456789".getBytes(StandardCharsets.UTF_8));
    String id = "11010519491231002X";
    String base = S.surrogate("CN_RESIDENT_ID", id, "tenant-a");
    assertNotEquals(base, S.surrogate("CN_RESIDENT_ID", id, "tenant-b"));
    assertNotEquals(base, otherKey.surrogate("CN_RESIDENT_ID", id, "tenant-a"));
    assertNotEquals(base, S.surrogate("CN_RESIDENT_ID", "110105194912310029", "tenant-a"));
    // Field boundaries are length-prefixed: moving a character between scope and value matters.
    assertNotEquals(S.surrogate("PERSON", "ab", "x"), S.surrogate("PERSON", "b", "xa"));
  }

  @Test
  void distinctValuesRarelyShareASurrogate() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      seen.add(S.surrogate("CN_RESIDENT_ID", String.format("1101051990010%04d1", i), "t"));
    }
    assertTrue(seen.size() >= 1995, "resident ID surrogates collided too often: " + seen.size());
  }

  @Test
  void typesWithoutGeneratorGetTypedPlaceholders() {
    String s = S.surrogate("MEDICAL_CONDITION", "diabetes", "t");
    assertTrue(s.matches("\\[MEDICAL_CONDITION_\\d+]"), s);
    assertEquals(s, S.surrogate("MEDICAL_CONDITION", "diabetes", "t"));
    assertEquals("[CN_RESIDENT_ID_1]", S.placeholder("CN_RESIDENT_ID", 1));
    assertEquals("[REDACTED:CN_RESIDENT_ID]", S.redaction("CN_RESIDENT_ID"));
    assertFalse(S.hasGenerator("MEDICAL_CONDITION"));
    assertTrue(S.hasGenerator("CREDIT_CARD"));
  }

  @Test
  void unreadableValuesFallBackToPlaceholders() {
    for (String type : List.of("CREDIT_CARD", "CN_RESIDENT_ID", "IBAN_CODE", "HK_ID")) {
      String s = S.surrogate(type, "??", "t");
      assertTrue(s.matches("\\[" + type + "_\\d+]"), s);
    }
  }

  @Test
  void overlongValuesGetShortPlaceholdersSoStreamHoldBackStaysSmall() {
    String jwtLike = "eyJ" + "a1B2".repeat(100);
    String s = S.surrogate("API_KEY", jwtLike, "t");
    assertTrue(s.matches("\\[API_KEY_\\d+]"), s);
    PseudonymMap map = new PseudonymMap(S, "t");
    assertEquals("[URL_1]", map.pseudonymize("URL", "https://a.example/" + "x".repeat(1000)));
    assertTrue(map.longestSurrogate() < 30, "longest " + map.longestSurrogate());
  }

  @Test
  void shortKeysAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Surrogates(new byte[8]));
  }
}
