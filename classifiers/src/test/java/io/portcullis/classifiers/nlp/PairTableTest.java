package io.portcullis.classifiers.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairTableTest {

  @Test
  void behavesAsAMapThroughGrowthAndClear() {
    PairTable<String> table = new PairTable<>();
    Map<Long, String> expected = new HashMap<>();
    Random random = new Random(3);
    for (int i = 0; i < 20_000; i++) {
      long key = PairTable.key(1 + random.nextInt(300), 1 + random.nextInt(300));
      if (table.get(key) == null) {
        table.put(key, "v" + i);
        expected.put(key, "v" + i);
      }
    }
    assertEquals(expected.size(), table.size());
    expected.forEach((k, v) -> assertEquals(v, table.get(k)));
    assertNull(table.get(PairTable.key(301, 1)));
    table.clear();
    assertEquals(0, table.size());
    assertNull(table.get(expected.keySet().iterator().next()));
  }
}
