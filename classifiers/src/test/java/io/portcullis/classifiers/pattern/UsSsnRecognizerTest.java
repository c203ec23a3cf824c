package io.portcullis.classifiers.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.portcullis.classifiers.ClassificationContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every SSN-shaped group triple in a run of digit groups is examined, not only the first. */
class UsSsnRecognizerTest {

  static List<String> found(String text) {
    List<Candidate> out = new ArrayList<>();
    new UsSsnRecognizer().recognize(ScanText.of(text), ClassificationContext.defaults(), out);
    return out.stream().map(c -> text.substring(c.start(), c.end())).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // 078-05-1120 is the voided Woolworth number: it fails the rules, the next one still counts.
      "078-05-1120 123-45-6789|123-45-6789",
      "SSN 666-12-3456 536-22-1234 234-56-7890|536-22-1234,234-56-7890",
      "SSNs: 536-22-1234 123-45-6789 234-56-7890|536-22-1234,123-45-6789,234-56-7890",
      // All spaces: consecutive triples tile the run, so each is an SSN of its own.
      "SSNs 536 22 1234 123 45 6789|536 22 1234,123 45 6789",
      "SSNs 078 05 1120 123 45 6789 234 56 7890|123 45 6789,234 56 7890",
      // A 3-2-4 prefix of a longer number written with the same separator is not an SSN.
      "ref 536 22 1234 01|",
      "ref 536-22-1234-5|",
  })
  void findsEverySsnInARun(String text, String expected) {
    assertEquals(expected == null ? List.of() : List.of(expected.split(",")), found(text), text);
  }

  @Test
  void longListsStayLinear() {
    String text = "SSN " + "536-22-1234 078-05-1120 ".repeat(40_000); // ~1 MB
    List<String> got = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> found(text));
    assertEquals(40_000, got.size());
  }
}
