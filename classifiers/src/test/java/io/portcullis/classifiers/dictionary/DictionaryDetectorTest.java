package io.portcullis.classifiers.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shipped dictionaries under policies/dictionaries through real Lucene Monitor matching. */
class DictionaryDetectorTest {

  static final Path SHIPPED = Path.of("../policies/dictionaries");
  static DictionaryDetector detector;

  @BeforeAll
  static void load() {
    detector = new DictionaryDetector(SHIPPED);
  }

  static List<String> found(DictionaryDetector d, String text, String type) {
    List<Finding> out = new ArrayList<>();
    d.detect(text, ClassificationContext.defaults(), out);
    return out.stream().filter(f -> f.type().equals(type))
        .map(f -> text.substring(f.start(), f.end())).sorted().toList();
  }

  @Test
  void englishTermsWithCorrectSpans() {
    String text = "The patient was diagnosed with Type 2 Diabetes and hepatitis B in 2019.";
    List<String> hits = found(detector, text, "MEDICAL_CONDITION");
    assertTrue(hits.contains("Type 2 Diabetes"), hits::toString);
    assertTrue(hits.contains("hepatitis B"), hits::toString);
  }

  @Test
  void englishStemmingFindsInflectedForms() {
    assertEquals(List.of("cancers"), found(detector, "Two cancers were reported.", "MEDICAL_CONDITION"));
  }

  @Test
  void fuzzyListCatchesTypos() {
    assertEquals(List.of("diabetis"), found(detector, "my mum has diabetis", "MEDICAL_CONDITION"));
  }

  @Test
  void fieldsAreSkippedOnlyWhenTheirScriptIsAbsent() {
    // English fields drop CJK tokens and are skipped for all-Chinese text; a Chinese term holding
    // Latin letters, and English terms glued to Chinese, must still be found.
    assertTrue(found(detector, "检测结果HIV阳性。", "MEDICAL_CONDITION").contains("HIV阳性"));
    assertEquals(List.of("diabetes", "糖尿病"), found(detector, "糖尿病(diabetes)", "MEDICAL_CONDITION"));
    assertEquals(List.of(), found(detector, "12345 67890", "MEDICAL_CONDITION"));
  }

  @Test
  void chineseTermsInsideUnsegmentedText() {
    String text = "患者有糖尿病和乙肝病史，需要长期透析。";
    assertEquals(List.of("乙肝", "糖尿病", "透析"), found(detector, text, "MEDICAL_CONDITION"));
    List<Finding> out = new ArrayList<>();
    detector.detect(text, ClassificationContext.defaults(), out);
    Finding diabetes = out.stream().filter(f -> text.substring(f.start(), f.end()).equals("糖尿病"))
        .findFirst().orElseThrow();
    assertEquals(3, diabetes.start());
    assertEquals(6, diabetes.end());
    assertEquals("HEALTH", diabetes.category());
    assertEquals(DictionaryDetector.NAME, diabetes.detector());
  }

  @Test
  void importantDataTerms() {
    assertEquals(List.of("军事设施坐标"),
        found(detector, "请把这些军事设施坐标整理成表格。", "IMPORTANT_DATA"));
    assertEquals(List.of("unpublished economic statistics"),
        found(detector, "Summarize the unpublished economic statistics for Q3.", "IMPORTANT_DATA"));
  }

  @Test
  void codeAndLogLinesFindNothing() {
    for (String negative : List.of(
        "2025-03-01T12:00:01Z INFO [main] io.example.UserService - Started in 312 ms",
        "public static void main(String[] args) { System.out.println(\"hello\"); }",
        "SELECT id, name FROM users WHERE status = 'active' ORDER BY created_at DESC;",
        "at io.example.OrderController.create(OrderController.java:42)",
        "请帮我把这段代码改成异步的，并补充单元测试。")) {
      List<Finding> out = new ArrayList<>();
      detector.detect(negative, ClassificationContext.defaults(), out);
      assertEquals(List.of(), out, negative);
    }
  }

  @Test
  void enabledTypesFilter() {
    List<Finding> out = new ArrayList<>();
    detector.detect("HIV and core data", new ClassificationContext("en", null, Set.of("IMPORTANT_DATA")), out);
    assertEquals(List.of("IMPORTANT_DATA"), out.stream().map(Finding::type).toList());
  }

  @Test
  void reloadPicksUpNewTermAndKeepsOldTermsOnBrokenFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.terms"), "type: MEDICAL_CONDITION\nlanguage: en\nmatch: exact\n---\nasthma\n");
    DictionaryDetector d = new DictionaryDetector(dir);
    assertEquals(List.of(), found(d, "He has frobnitis.", "MEDICAL_CONDITION"));

    Files.writeString(dir.resolve("b.terms"), "type: MEDICAL_CONDITION\nlanguage: en\nmatch: exact\n---\nfrobnitis\n");
    assertEquals(2, d.reload());
    assertEquals(List.of("frobnitis"), found(d, "He has frobnitis.", "MEDICAL_CONDITION"));

    Files.writeString(dir.resolve("c.terms"), "# officer's list\ntype: NO_SUCH_TYPE\nlanguage: en\nmatch: exact\n---\nx\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, d::reload);
    assertTrue(e.getMessage().contains("c.terms:2: type NO_SUCH_TYPE is not an entity type"), e.getMessage());
    assertEquals(List.of("frobnitis"), found(d, "He has frobnitis.", "MEDICAL_CONDITION"));
  }

  /** A Kubernetes ConfigMap mount: visible links to a hidden timestamped directory holding the files. */
  @Test
  void aConfigMapMountIsReadOnceNotTwice(@TempDir Path dir) throws IOException {
    Path stamped = Files.createDirectories(dir.resolve("..2026_12_07_23_50_00.123456789"));
    Files.writeString(stamped.resolve("medical.terms"), "type: MEDICAL_CONDITION\nlanguage: en\nmatch: exact\n---\nasthma\nfrobnitis\n");
    Files.createSymbolicLink(dir.resolve("..data"), stamped.getFileName());
    Files.createSymbolicLink(dir.resolve("medical.terms"), Path.of("..data", "medical.terms"));
    Files.writeString(dir.resolve(".medical.terms.swp"), "not a list");
    assertEquals(List.of(dir.resolve("medical.terms")), DictionaryDetector.termFiles(dir));
    assertEquals(2, new DictionaryDetector(dir).termCount(), "each term once");
  }

  @Test
  void classificationsDuringReloadsSeeTheOldTermsOrTheNewNeverAMix(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.terms"), "type: MEDICAL_CONDITION\nlanguage: en\nmatch: exact\n---\nasthma\n");
    DictionaryDetector d = new DictionaryDetector(dir);
    String text = "asthma and frobnitis";
    Set<List<String>> whole = Set.of(List.of("asthma"), List.of("asthma", "frobnitis"));
    Set<List<String>> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.atomic.AtomicBoolean reloading = new java.util.concurrent.atomic.AtomicBoolean(true);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    List<java.util.concurrent.Future<?>> readers = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      readers.add(pool.submit(() -> {
        while (reloading.get()) {
          seen.add(found(d, text, "MEDICAL_CONDITION")); // a closed snapshot would throw or find less
        }
      }));
    }
    try {
      for (int i = 0; i < 40; i++) {
        Path b = dir.resolve("b.terms");
        if (i % 2 == 0) {
          Files.writeString(b, "type: MEDICAL_CONDITION\nlanguage: en\nmatch: exact\n---\nfrobnitis\n");
        } else {
          Files.delete(b);
        }
        d.reload();
      }
    } finally {
      reloading.set(false);
      pool.shutdown();
    }
    for (java.util.concurrent.Future<?> r : readers) {
      r.get(); // rethrows what a reader hit
    }
    assertTrue(!seen.isEmpty() && whole.containsAll(seen), seen.toString());
  }

  @Test
  void rejectsMalformedLists(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("bad.terms"), "type: MEDICAL_CONDITION\nlanguage: zh\nmatch: phrase\n---\n癌\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DictionaryDetector(dir));
    assertTrue(e.getMessage().contains("bad.terms:5: Chinese term '癌' needs at least two characters"),
        e.getMessage());
    Files.writeString(dir.resolve("bad.terms"), "type: MEDICAL_CONDITION\nlanguage: en\nmatch: sometimes\n---\nx\n");
    e = assertThrows(IllegalArgumentException.class, () -> new DictionaryDetector(dir));
    assertTrue(e.getMessage().contains("bad.terms:3"), e.getMessage());
    Files.write(dir.resolve("bad.terms"), new byte[] {'t', 'y', 'p', 'e', ':', ' ', (byte) 0xff, '\n'});
    e = assertThrows(IllegalArgumentException.class, () -> new DictionaryDetector(dir));
    assertTrue(e.getMessage().contains("bad.terms: not UTF-8"), e.getMessage());
  }
}
