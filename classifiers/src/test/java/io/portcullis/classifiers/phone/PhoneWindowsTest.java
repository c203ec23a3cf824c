package io.portcullis.classifiers.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pre-scan's shape checks read only inside the text, wherever a window ends. */
class PhoneWindowsTest {

  @ParameterizedTest(name = "{0} [{1}]")
  @CsvSource(nullValues = "-", value = {
      "ref 1234567 0, -", "ref 1234567 0, CN", "ref 12345 67 0, US", "参考 1234567 0, -"})
  void aLoneDigitEndingTheTextIsNoProblem(String text, String region) {
    List<Finding> out = new ArrayList<>();
    new PhoneDetector(EntityCatalog.load()).detect(text, new ClassificationContext(null, region, Set.of()), out);
    assertEquals(List.of(), out);
  }
}
