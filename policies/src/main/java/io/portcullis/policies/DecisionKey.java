package io.portcullis.policies;

import io.portcullis.policies.DecisionInput.Direction;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The policy-relevant projection of a decision input, used as the cache key. The rules read which
 * entity types are present, never how many or how confident (count and score are for audit and
 * explanation), so those are left out: two prompts with one or three e-mail addresses share a
 * decision. No text is ever part of the input, so none can be part of the key. A rule that starts
 * reading counts or scores must add them here.
 */
record DecisionKey(Direction direction, String tenantId, String tenantRegion,
                   Map<String, Object> tenantAttributes, String provider, String destinationRegion,
                   String model, Map<String, Object> destinationAttributes, SortedSet<String> presentTypes,
                   SortedSet<String> requestTypes, String language, String api, String purpose) {

  static DecisionKey of(DecisionInput input) {
    SortedSet<String> present = new TreeSet<>();
    for (DecisionInput.FindingSummary f : input.findings()) {
      if (f.count() > 0) {
        present.add(f.type());
      }
    }
    SortedSet<String> sent = input.requestTypes() == null ? null : new TreeSet<>(input.requestTypes());
    DecisionInput.Tenant t = input.tenant();
    DecisionInput.Destination d = input.destination();
    return new DecisionKey(input.direction(), t.id(), t.region(), t.attributes(), d.provider(), d.region(),
        d.model(), d.attributes(), present, sent, input.language(), input.api(), input.purpose());
  }
}
