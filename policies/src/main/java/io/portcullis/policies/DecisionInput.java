package io.portcullis.policies;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What OPA decides on (policies/schema/decision-input.schema.json). It carries entity types and counts,
 * never the text they were found in.
 *
 * @param requestTypes for the response direction: the entity types found in the caller's request, so
 *                     the policy can redact personal data the caller did not send
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionInput(Direction direction, Tenant tenant, Destination destination,
                            List<FindingSummary> findings, String language, String api, String purpose,
                            @JsonProperty("request_types") List<String> requestTypes) {

  public DecisionInput {
    Objects.requireNonNull(direction, "direction is required (request | response)");
    Objects.requireNonNull(tenant, "tenant is required");
    Objects.requireNonNull(destination, "destination is required");
    findings = findings == null ? List.of() : List.copyOf(findings);
    requestTypes = requestTypes == null ? null : List.copyOf(requestTypes);
  }

  // Attribute values may be JSON null, which Map.copyOf refuses.
  private static Map<String, Object> frozen(Map<String, Object> attributes) {
    return attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  public enum Direction {
    REQUEST, RESPONSE;

    @JsonValue
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The caller: its region is the origin of the data; attributes carry its transfer mechanisms. */
  public record Tenant(String id, String region, Map<String, Object> attributes) {
    public Tenant {
      attributes = frozen(attributes);
    }
  }

  /** The model provider the exchange would go to. */
  public record Destination(String provider, String region, String model, Map<String, Object> attributes) {
    public Destination {
      attributes = frozen(attributes);
    }
  }

  /** One entity type found in the exchange; category and level come from the catalog inside OPA. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FindingSummary(String type, Integer count, double score) {
    public FindingSummary {
      Objects.requireNonNull(type, "findings[].type is required");
      // The contract: a finding without a count occurred once. Read as 0 ("absent") it turned a
      // hand-written {"type": "CN_RESIDENT_ID"} to a US model into an allow.
      count = count == null ? 1 : count;
    }
  }
}
