package io.portcullis.classifiers.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real langdetect-183 model from the opennlp-models-langdetect artifact. */
class OpenNlpLanguageIdentifierTest {

  static OpenNlpLanguageIdentifier identifier;

  @BeforeAll
  static void load() {
    identifier = new OpenNlpLanguageIdentifier();
  }

  @Test
  void scriptsDecideWithoutTheModel() {
    assertEquals("zh", OpenNlpLanguageIdentifier.byScript("请帮我总结一下这份合同的主要条款。"));
    assertEquals("zh", OpenNlpLanguageIdentifier.byScript("请用 Java 写一个 HTTP client，支持重试。"));
    assertEquals("ja", OpenNlpLanguageIdentifier.byScript("この契約書の要点をまとめてください。"));
    assertEquals("ko", OpenNlpLanguageIdentifier.byScript("이 계약서의 요점을 정리해 주세요."));
    assertEquals("en", OpenNlpLanguageIdentifier.byScript(
        "Please summarize the main clauses of this contract for the board."));
    // Latin text without English function words is left to the model.
    assertNull(OpenNlpLanguageIdentifier.byScript(
        "Pourriez-vous résumer les principales clauses de ce contrat pour le conseil ?"));
  }

  @Test
  void modelDecidesOtherLanguages() {
    assertEquals("fr", identifier.identify(
        "Pourriez-vous résumer les principales clauses de ce contrat pour le conseil d'administration ?"));
    assertEquals("de", identifier.identify(
        "Könnten Sie bitte die wichtigsten Klauseln dieses Vertrags für den Vorstand zusammenfassen?"));
    assertEquals("ru", identifier.identify(
        "Пожалуйста, кратко изложите основные положения этого договора для совета директоров."));
    assertEquals("es", identifier.identify(
        "¿Podría resumir las cláusulas principales de este contrato para la junta directiva?"));
  }

  @Test
  void mapsIso6393ToIso6391() {
    assertEquals("zh", OpenNlpLanguageIdentifier.toIso1("cmn"));
    assertEquals("de", OpenNlpLanguageIdentifier.toIso1("deu"));
    assertEquals("fa", OpenNlpLanguageIdentifier.toIso1("pes"));
  }
}
