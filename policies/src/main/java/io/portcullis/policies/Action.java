package io.portcullis.policies;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the proxy must do with an exchange, strictest last (the Rego precedence, reversed). */
public enum Action {
  ALLOW, PSEUDONYMIZE, REDACT, REROUTE, DENY;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Action fromWire(String value) {
    // An action the client does not know is not guessed at: parsing fails and the decision is refused.
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
