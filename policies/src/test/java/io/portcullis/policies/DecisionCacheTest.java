package io.portcullis.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionCacheTest {

  private static DecisionInput input(String region, List<DecisionInput.FindingSummary> findings) {
    return new DecisionInput(DecisionInput.Direction.REQUEST, new DecisionInput.Tenant("t", region, Map.of()),
        new DecisionInput.Destination("openai", "US", "gpt-4o", Map.of("dpf_certified", true)), findings,
        "en", "openai.chat", null, null);
  }

  private static DecisionKey key(String region) {
    return DecisionKey.of(input(region, List.of(new DecisionInput.FindingSummary("PERSON", 1, 0.9))));
  }

  private static Decision decision(String revision) {
    return new Decision(Action.ALLOW, List.of(), null, List.of(), List.of(), revision);
  }

  @Test
  void keyIgnoresCountScoreAndOrderButNotPresence() {
    var person = new DecisionInput.FindingSummary("PERSON", 1, 0.71);
    var email = new DecisionInput.FindingSummary("EMAIL_ADDRESS", 3, 0.99);
    assertEquals(DecisionKey.of(input("CN", List.of(person, email))),
        DecisionKey.of(input("CN", List.of(new DecisionInput.FindingSummary("EMAIL_ADDRESS", 1, 0.5),
            new DecisionInput.FindingSummary("PERSON", 7, 0.99)))));
    assertNotEquals(DecisionKey.of(input("CN", List.of(person, email))), DecisionKey.of(input("CN", List.of(person))));
    assertEquals(DecisionKey.of(input("CN", List.of(person))),
        DecisionKey.of(input("CN", List.of(person, new DecisionInput.FindingSummary("EMAIL_ADDRESS", 0, 0.9)))));
    assertNotEquals(key("CN"), key("DE"));
  }

  @Test
  void evictsLeastRecentlyUsedBeyondCapacity() {
    DecisionCache cache = new DecisionCache(2);
    Decision d = decision("r1");
    cache.put(key("CN"), d);
    cache.put(key("DE"), d);
    assertSame(d, cache.get(key("CN")));
    cache.put(key("US"), d);
    assertNull(cache.get(key("DE")));
    assertSame(d, cache.get(key("CN")));
    assertEquals(2, cache.size());
    assertEquals(2.0 / 3, cache.hitRatio(), 1e-9);
  }

  @Test
  void aNewRevisionDropsEverything() {
    DecisionCache cache = new DecisionCache(10);
    cache.put(key("CN"), decision("r1"));
    cache.put(key("DE"), decision("r1"));
    cache.observeRevision("r1");
    assertEquals(2, cache.size());
    cache.observeRevision("r2");
    assertEquals(0, cache.size());
    cache.put(key("CN"), decision("r2"));
    cache.put(key("DE"), decision("r3"));
    assertEquals(1, cache.size());
    assertEquals("r3", cache.revision());
  }

  @Test
  void decisionsOfAPolicySetWithoutRevisionAreNotCached() {
    DecisionCache cache = new DecisionCache(10);
    cache.put(key("CN"), decision(DecisionCache.UNKNOWN_REVISION));
    assertNull(cache.get(key("CN")), "a policy change could never be noticed, so nothing is kept");
    assertEquals(0, cache.size());
  }

  @Test
  void capacityZeroCachesNothingButTracksTheRevision() {
    DecisionCache cache = new DecisionCache(0);
    cache.put(key("CN"), decision("r1"));
    assertNull(cache.get(key("CN")));
    assertEquals("r1", cache.revision());
    assertEquals(0.0, cache.hitRatio());
  }
}
