package io.portcullis.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How the proxy reads the masking of a decision's targets, also from policy sets that predate the field. */
class DecisionTest {

  private static Decision read(String action, String targets, String masking) {
    String json = "{\"result\": {\"action\": \"" + action + "\", \"targets\": " + targets
        + (masking == null ? "" : ", \"masking\": \"" + masking + "\"")
        + ", \"reroute\": {\"regions\": [\"CN\"], \"providers\": []}, \"reasons\": [], \"obligations\": [], \"revision\": \"r\"}}";
    return DecisionJson.decision(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rerouteMasksAsThePolicySays() {
    assertEquals(Action.PSEUDONYMIZE, read("reroute", "[\"CREDIT_CARD\"]", "pseudonymize").maskWith());
    assertEquals(Action.REDACT, read("reroute", "[\"API_KEY\"]", "redact").maskWith());
  }

  @Test
  void aPolicyThatDoesNotSayMasksAsItsActionAndRedactsUnderReroute() {
    assertEquals(Action.REDACT, read("reroute", "[\"CREDIT_CARD\"]", null).maskWith(), "stricter is safe");
    assertEquals(Action.PSEUDONYMIZE, read("pseudonymize", "[\"EMAIL_ADDRESS\"]", null).maskWith());
    assertEquals(Action.REDACT, read("redact", "[\"EMAIL_ADDRESS\"]", "none").maskWith(), "targets are never left in clear");
  }

  @Test
  void nothingIsMaskedWithoutTargetsOrWhenAllowedOrDenied() {
    assertNull(read("reroute", "[]", "none").maskWith());
    assertNull(read("allow", "[]", "none").maskWith());
    assertNull(read("deny", "[\"API_KEY\"]", "none").maskWith());
  }

  @Test
  void anUnknownMaskingIsRefusedNotGuessed() {
    PolicyUnavailableException e = assertThrows(PolicyUnavailableException.class,
        () -> read("reroute", "[\"CREDIT_CARD\"]", "scramble"));
    assertEquals(PolicyUnavailableException.Why.MALFORMED, e.why());
  }
}
