package io.portcullis.classifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.classifiers.pattern.Recognizer;
import io.portcullis.classifiers.pattern.Recognizers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityCatalogTest {

  @Test
  void shippedCatalogCoversEveryIssueType() {
    EntityCatalog c = EntityCatalog.load();
    for (String t : Set.of("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
        "IP_ADDRESS", "URL", "MAC_ADDRESS", "CRYPTO", "US_SSN", "US_PASSPORT", "UK_NHS",
        "CN_RESIDENT_ID", "CN_PASSPORT", "CN_USCC", "HK_ID", "DATE_OF_BIRTH", "PERSON", "LOCATION",
        "ORGANIZATION", "MEDICAL_CONDITION", "API_KEY", "IMPORTANT_DATA")) {
      assertTrue(c.find(t).isPresent(), t);
    }
    assertEquals("SENSITIVE_PERSONAL", c.type("CN_RESIDENT_ID").category());
    assertEquals(4, c.type("API_KEY").level());
  }

  @Test
  void everyRecognizerReportsACatalogType() {
    EntityCatalog c = EntityCatalog.load();
    for (Recognizer r : Recognizers.defaults()) {
      assertTrue(c.find(r.entityType()).isPresent(), r.name());
    }
  }

  @Test
  void errorsNameTheOffendingKey() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(
        "{\"entity_catalog\":{\"types\":{\"X_ID\":{\"category\":\"PERSONAL\",\"level\":7,"
            + "\"replacement\":\"redact\",\"detector\":\"pattern\"}}}}"));
    assertTrue(e.getMessage().contains("entity_catalog.types.X_ID.level"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> parse("{\"types\":{}}"));
    assertTrue(e.getMessage().contains("entity_catalog"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> parse(
        "{\"entity_catalog\":{\"categories\":{\"PERSONAL\":\"\"},\"types\":{\"X_ID\":"
            + "{\"category\":\"NOPE\",\"level\":1,\"replacement\":\"redact\",\"detector\":\"p\"}}}}"));
    assertTrue(e.getMessage().contains("X_ID.category"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> parse(
        "{\"entity_catalog\":{\"types\":{\"X_ID\":{\"category\":\"PERSONAL\",\"level\":1,"
            + "\"replacement\":\"shred\",\"detector\":\"p\"}}}}"));
    assertTrue(e.getMessage().contains("X_ID.replacement"), e.getMessage());
  }

  private static EntityCatalog parse(String json) throws Exception {
    return EntityCatalog.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        "test.json");
  }
}
