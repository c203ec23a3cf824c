package io.portcullis.core.enforce.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.portcullis.classifiers.validate.CnResidentId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 200 exchanges at once on one shared {@link Surrogates}, each with its own map and distinct
 * values: no map learns another's values, every answer restores to its own originals, and the
 * shared HMAC gives the same surrogates as a quiet single-threaded run.
 */
class ConcurrentMapsTest {

  private static final int EXCHANGES = 200;
  private static final Surrogates S = TestKeys.SURROGATES;

  /** A GB 11643-valid resident ID unique to exchange {@code i}. */
  static String residentId(int i) {
    String first17 = String.format("4403051990%02d%02d%03d", 1 + i % 12, 1 + i % 28, i);
    return first17 + CnResidentId.checkChar(first17);
  }

  private record Result(int exchange, Map<String, String> restorations, String restored,
      String rewritten, List<String> surrogates) {
  }

  @Test
  @Timeout(120)
  void twoHundredConcurrentExchangesNeverCross() throws Exception {
    CyclicBarrier start = new CyclicBarrier(EXCHANGES);
    List<Future<Result>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(EXCHANGES)) {
      for (int i = 0; i < EXCHANGES; i++) {
        int exchange = i;
        futures.add(pool.submit(() -> {
          start.await(); // all maps are filled and read at the same time
          return runExchange(exchange);
        }));
      }
      for (Future<Result> f : futures) {
        Result r = f.get();
        int i = r.exchange();
        assertEquals(originalText(i), r.restored(), "exchange " + i);
        String phone = "+86 138 0000 " + String.format("%04d", i);
        assertEquals(Map.of(
            r.surrogates().get(0), residentId(i),
            r.surrogates().get(1), "user" + i + "@corp.cn",
            r.surrogates().get(2), phone,
            r.surrogates().get(2).replace(" ", ""), phone.replace(" ", "")), r.restorations());
        for (int other = 0; other < EXCHANGES; other++) {
          if (other != i) {
            assertFalse(r.rewritten().contains(residentId(other)));
            assertFalse(r.restored().contains(residentId(other)));
          }
        }
        // Determinism under contention: the same derivation done quietly agrees.
        assertEquals(S.surrogate("CN_RESIDENT_ID", residentId(i), "tenant-" + i),
            r.surrogates().get(0));
      }
    }
    // Scopes keep tenants apart: one value, two tenants, two surrogates.
    assertNotEquals(S.surrogate("CN_RESIDENT_ID", residentId(7), "tenant-1"),
        S.surrogate("CN_RESIDENT_ID", residentId(7), "tenant-2"));
  }

  private static Result runExchange(int i) {
    PseudonymMap map = new PseudonymMap(S, "tenant-" + i);
    String id = map.pseudonymize("CN_RESIDENT_ID", residentId(i));
    String email = map.pseudonymize("EMAIL_ADDRESS", "user" + i + "@corp.cn");
    String phone = map.pseudonymize("PHONE_NUMBER", "+86 138 0000 " + String.format("%04d", i));
    String rewritten = originalText(i).replace(residentId(i), id)
        .replace("user" + i + "@corp.cn", email)
        .replace("+86 138 0000 " + String.format("%04d", i), phone);
    // The answer streams back in 1-character deltas through the map's own restorer.
    StreamRestorer restorer = map.streamRestorer();
    StringBuilder restored = new StringBuilder();
    rewritten.chars().forEach(c -> restored.append(restorer.accept(String.valueOf((char) c))));
    restored.append(restorer.finish());
    return new Result(i, map.restorations(), restored.toString(), rewritten,
        List.of(id, email, phone));
  }

  private static String originalText(int i) {
    return "客户 " + residentId(i) + " / user" + i + "@corp.cn / +86 138 0000 "
        + String.format("%04d", i) + " 已核实。";
  }
}
