package io.portcullis.classifiers.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped, project-trained models loaded from the classpath. */
class NameDetectorTest {

  static NameDetector detector;

  @BeforeAll
  static void load() {
    detector = NameDetector.fromClasspath();
  }

  static List<String> found(String text, ClassificationContext context) {
    List<Finding> out = new ArrayList<>();
    detector.detect(text, context, out);
    return out.stream().map(f -> f.type() + ":" + text.substring(f.start(), f.end())).sorted().toList();
  }

  static List<String> found(String text) {
    return found(text, ClassificationContext.defaults());
  }

  @Test
  void theFindersFloorLandsOnTheReportThreshold() {
    assertEquals(io.portcullis.classifiers.pattern.Scoring.REPORT_THRESHOLD, NameDetector.score(0.4), 1e-9,
        "a name the finder keeps is a name the classifier reports");
    assertEquals(0.95, NameDetector.score(1.0), 1e-9);
    assertTrue(NameDetector.score(0.6) < NameDetector.score(0.8), "order kept");
  }

  @Test
  void englishSentence() {
    List<String> hits = found("Please forward the signed contract to Sarah Johnson in Chicago today.");
    assertTrue(hits.contains("PERSON:Sarah Johnson"), hits::toString);
    assertTrue(hits.contains("LOCATION:Chicago"), hits::toString);
  }

  @Test
  void chineseSentence() {
    String text = "请把合同发给王建国，他下周去上海出差。";
    List<String> hits = found(text);
    assertTrue(hits.contains("PERSON:王建国"), hits::toString);
    assertTrue(hits.contains("LOCATION:上海"), hits::toString);
    List<Finding> out = new ArrayList<>();
    detector.detect(text, ClassificationContext.defaults(), out);
    Finding person = out.stream().filter(f -> f.type().equals("PERSON")).findFirst().orElseThrow();
    assertEquals(6, person.start());
    assertEquals(9, person.end());
    assertEquals("PERSONAL", person.category());
    assertEquals(NameDetector.NAME, person.detector());
  }

  @Test
  void mixedPromptRoutesEachSentenceToItsModel() {
    String text = "Meeting notes from Beijing.\n张伟说客户在深圳。";
    List<String> hits = found(text);
    assertTrue(hits.contains("LOCATION:Beijing"), hits::toString); // English model
    assertTrue(hits.contains("PERSON:张伟"), hits::toString);       // Chinese model
  }

  @Test
  void namesInOtherSentenceShapes() {
    // Sentence-initial after a time phrase, a mail header, a two-character surname before 之前.
    assertTrue(found("Yesterday Maria Garcia flew to Berlin.").contains("PERSON:Maria Garcia"));
    List<String> header = found("From: John Smith\nTo: Emily Clark");
    assertTrue(header.containsAll(List.of("PERSON:John Smith", "PERSON:Emily Clark")),
        header::toString);
    List<String> zh = found("欧阳娜娜之前在腾讯工作。");
    assertTrue(zh.containsAll(List.of("PERSON:欧阳娜娜", "ORGANIZATION:腾讯")), zh::toString);
  }

  @Test
  void calendarWordsAreNotNames() {
    assertEquals(List.of(), found("See you on Monday in March."));
    assertEquals(List.of(), found("Please open the Excel file and check the Status tab."));
  }

  @Test
  void codeAndLogsFindNothing() {
    for (String negative : List.of(
        "2025-03-01T12:00:01Z INFO [main] io.example.UserService - Started in 312 ms",
        "public static void main(String[] args) { System.out.println(\"Hello World\"); }",
        "SELECT Id, Name FROM Users WHERE Status = 'Active' ORDER BY CreatedAt DESC;",
        "at io.example.OrderController.create(OrderController.java:42)",
        "import { HttpClient } from '@angular/common/http';",
        "请帮我把这段代码改成异步的，并补充单元测试。")) {
      assertEquals(List.of(), found(negative), negative);
    }
  }

  @Test
  void disabledTypesAreNotReported() {
    List<String> hits = found("Please forward the signed contract to Sarah Johnson in Chicago today.",
        new ClassificationContext("en", null, Set.of("LOCATION")));
    assertTrue(hits.stream().allMatch(h -> h.startsWith("LOCATION:")), hits::toString);
  }

  @Test
  void threadsGetTheirOwnFinders() throws Exception {
    String text = "请把合同发给王建国，他下周去上海出差。";
    List<String> expected = found(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> found(text)));
      }
      for (Future<List<String>> r : results) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
