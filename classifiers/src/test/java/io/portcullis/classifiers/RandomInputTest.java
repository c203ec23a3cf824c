package io.portcullis.classifiers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random inputs built from the characters the recognizers care about (digits, separators,
 * '@', ':', '.', hex, '+', '(', key prefixes, Han, surrogate pairs). Every call must return
 * well-formed findings: inside the text, non-empty, disjoint, ordered, typed from the catalog.
 * Not a replacement for coverage-guided fuzzing (Jazzer), but it runs in every build.
 */
class RandomInputTest {

  static final String[] PIECES = {"0", "1", "4", "9", "5", " ", "-", ".", ":", "@", "+", "(", ")",
      "/", "=", "\"", "'", "a", "f", "x", "E", "X", "Z", "_", "\n", "。", "号", "身份证", "卡号",
      "手机", "passport", "ssn", "card", "order", "http://", "www.", "sk-", "AKIA", "eyJ", "ghp_",
      "-----BEGIN ", "PRIVATE KEY-----", "password=", "bc1", "0x", "😀", "\uD83D", "１", "年", "月",
      "日", "DOB ", "born ", "::", "GB82", "\u00a0", "，"};

  @Test
  void randomTextsGiveWellFormedFindings() {
    Classifier classifier = ClassifierTest.CLASSIFIER;
    EntityCatalog catalog = classifier.catalog();
    Random rnd = new Random(42);
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int pieces = 1 + rnd.nextInt(120);
      for (int k = 0; k < pieces; k++) {
        sb.append(PIECES[rnd.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      List<Finding> found = classifier.classify(text, ClassificationContext.defaults());
      int lastEnd = 0;
      for (Finding f : found) {
        assertTrue(f.start() >= lastEnd && f.end() > f.start() && f.end() <= text.length(),
            () -> "bad span " + f + " in " + text);
        assertTrue(catalog.find(f.type()).isPresent(), f::type);
        assertTrue(f.score() >= 0.5 && f.score() <= 1.0, f::toString);
        lastEnd = f.end();
      }
    }
  }
}
