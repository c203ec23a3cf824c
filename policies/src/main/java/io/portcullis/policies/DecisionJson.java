package io.portcullis.policies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.portcullis.policies.PolicyUnavailableException.Why;
import java.io.IOException;

/** JSON of the decision contract: request bodies for OPA's Data API and its answers. */
final class DecisionJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  // Decision inputs written by hand (policy eval) are read strictly so a misspelt field is an error,
  // not a silently different decision; decisions are read leniently so new output fields do not break.
  private static final ObjectReader INPUT_READER = MAPPER.readerFor(DecisionInput.class)
      .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectReader DECISION_READER = MAPPER.readerFor(Decision.class);
  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  static {
    // Jackson introspects record types on first use, which can take tens of milliseconds on a cold JVM.
    // Doing it here, at class initialisation, keeps that cost out of the first decision's time budget.
    byte[] sample = ("{\"result\": {\"action\": \"allow\", \"targets\": [], \"reroute\": {\"regions\": [],"
        + " \"providers\": []}, \"reasons\": [{\"code\": \"C\", \"message\": \"m\", \"regulation\": \"r\"}],"
        + " \"obligations\": [], \"revision\": \"warm-up\"}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    decision(sample);
    dataApiRequest(new DecisionInput(DecisionInput.Direction.REQUEST,
        new DecisionInput.Tenant("warm-up", "US", java.util.Map.of()),
        new DecisionInput.Destination("warm-up", "US", "warm-up", java.util.Map.of()),
        java.util.List.of(new DecisionInput.FindingSummary("PERSON", 1, 1.0)), null, null, null, null));
  }

  private DecisionJson() {
  }

  private record DataApiRequest(DecisionInput input) {
  }

  static byte[] dataApiRequest(DecisionInput input) {
    try {
      return MAPPER.writeValueAsBytes(new DataApiRequest(input));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("decision input cannot be written as JSON", e);
    }
  }

  /** Reads OPA's {"result": ...} answer; an absent result is an undefined decision. */
  static JsonNode result(byte[] body) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (IOException e) {
      throw new PolicyUnavailableException(Why.MALFORMED,
          "OPA's answer is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw new PolicyUnavailableException(Why.MALFORMED, "OPA's answer is not a JSON object");
    }
    JsonNode result = root.get("result");
    if (result == null) {
      throw new PolicyUnavailableException(Why.UNDEFINED,
          "data.portcullis.decision.result is undefined (is the policy library loaded?)");
    }
    return result;
  }

  static Decision decision(byte[] body) {
    JsonNode result = result(body);
    if (!result.isObject()) {
      throw new PolicyUnavailableException(Why.MALFORMED, "the decision is not an object: " + result.getNodeType());
    }
    try {
      return DECISION_READER.readValue(result);
    } catch (IOException | RuntimeException e) {
      throw new PolicyUnavailableException(Why.MALFORMED, "the decision does not fit the contract: "
          + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  static DecisionInput input(byte[] json) throws IOException {
    return INPUT_READER.readValue(json);
  }

  static String pretty(Object value) {
    try {
      return PRETTY.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
