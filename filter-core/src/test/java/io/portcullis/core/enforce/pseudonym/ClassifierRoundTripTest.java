package io.portcullis.core.enforce.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Classifier;
import io.portcullis.classifiers.Finding;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real classifier finds a value, the map replaces it exactly as the request rewriter will, and
 * the classifier then finds a value of the same type where the surrogate is: the surrogate is as
 * real as the original to the detectors. Restoring gives the original text back.
 */
class ClassifierRoundTripTest {

  private static final int SCOPES = 60;
  private static Classifier classifier;

  @BeforeAll
  static void classifier() {
    classifier = Classifier.withDefaults();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CREDIT_CARD|Please charge card 4111 1111 1111 1111 today.",
      "CREDIT_CARD|Amex 3782 822463 10005 on file.",
      "CN_RESIDENT_ID|身份证号 11010519491231002X，请核实。",
      "CN_USCC|统一社会信用代码 91350100M000100Y43",
      "HK_ID|HKID A123456(3) for the account.",
      "IBAN_CODE|Wire it to IBAN DE89 3704 0044 0532 0130 00 please.",
      "US_SSN|My SSN is 123-45-6789.",
      "UK_NHS|NHS number 943 476 5919 for the referral.",
      "EMAIL_ADDRESS|Write to zhang.wei@corp.cn soon.",
      "IP_ADDRESS|The server at 10.1.2.3 is down.",
      "MAC_ADDRESS|Device MAC 00:1A:2B:3C:4D:5E joined.",
      "PHONE_NUMBER|Call me on +86 138 0013 8000 tomorrow.",
      "PHONE_NUMBER|Call +44 20 7946 0958 in London.",
      "DATE_OF_BIRTH|She was born on 1990-03-07 in Beijing.",
      "DATE_OF_BIRTH|出生日期 1990年3月7日",
      "DATE_OF_BIRTH|DOB: March 7, 1990",
      "CN_PASSPORT|护照号码 E12345678",
      "US_PASSPORT|US passport number 503005988",
      "API_KEY|export OPENAI_API_KEY=sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z",
      "API_KEY|aws key AKIAIOSFODNN7EXAMPL3",
      "API_KEY|token ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"})
  @Timeout(120) // hang guard: a detector stuck on one input must fail this test, not the build
  void surrogatesAreFoundAsTheSameTypeAndRestoreToTheOriginalText(String type, String text) {
    Finding original = only(type, text);
    String value = text.substring(original.start(), original.end());
    for (int i = 0; i < SCOPES; i++) {
      PseudonymMap map = new PseudonymMap(TestKeys.SURROGATES, "scope-" + i);
      String surrogate = map.pseudonymize(type, value);
      String rewritten = text.substring(0, original.start()) + surrogate
          + text.substring(original.end());
      Finding again = only(type, rewritten);
      assertEquals(surrogate, rewritten.substring(again.start(), again.end()), rewritten);
      assertEquals(text, map.restore(rewritten));
    }
  }

  private static Finding only(String type, String text) {
    List<Finding> found = classifier.classify(text, ClassificationContext.defaults()).stream()
        .filter(f -> f.type().equals(type)).toList();
    assertTrue(found.size() == 1, type + " in " + text + ": " + found);
    return found.get(0);
  }
}
