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

/**
 * Numbers without a country code are read in the tenant's plan and in the one the language implies
 * (zh: CN), and a Chinese mobile is found in any text; both without a phone word nearby.
 */
class PhoneRegionHintsTest {

  static final PhoneDetector DETECTOR = new PhoneDetector(EntityCatalog.load());

  /** "number (+country code, validated)" for every finding. */
  static List<String> found(String text, String language, String region) {
    List<Finding> out = new ArrayList<>();
    DETECTOR.detect(text, new ClassificationContext(language, region, Set.of()), out);
    return out.stream().map(f -> text.substring(f.start(), f.end())
        + (f.validated() ? " " + f.explanation().replaceAll(".*\\((\\+\\d+)\\).*", "$1") : " unvalidated"))
        .toList();
  }

  @ParameterizedTest(name = "{0} [{1}, tenant {2}]")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // A DE tenant's Chinese text: the tenant's plan no longer hides the language's.
      "张三 13812345678 明天到|zh|DE|13812345678 +86",
      "柏林办公室 030 22334455，上海 13812345678|zh|DE|030 22334455 +49,13812345678 +86",
      // English text, no tenant or a US one: a Chinese mobile needs no +86 and no phone word.
      "ref 13812345678|en|-|13812345678 +86",
      "ref 13812345678|en|US|13812345678 +86",
      "Reach Li Wei on 13912345678 or 212-734-5678.|en|-|13912345678 +86,212-734-5678 +1",
      // ... nor when written the way Chinese mobiles are grouped.
      "ref 138 1234 5678 and 139-1234-5678|en|-|138 1234 5678 +86,139-1234-5678 +86",
      "ref 138 1234 5678|en|US|138 1234 5678 +86",
      // The tenant's plan still comes first for numbers valid in both.
      "ref 030 22334455|en|DE|030 22334455 +49",
      // What is not a Chinese mobile stays out: unallocated prefix, a labelled order id.
      "ref 12012345678x 10012345678|en|-|",
      "order 13812345678 shipped|en|-|",
  })
  void regionsFromTenantAndLanguageAreBothTried(String text, String language, String region,
                                                String expected) {
    assertEquals(expected == null ? List.of() : List.of(expected.split(",")),
        found(text, language, region), text);
  }
}
