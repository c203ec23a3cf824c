package io.portcullis.core.enforce;

import io.portcullis.core.config.ProviderConfig;
import io.portcullis.core.config.ProviderStyle;
import io.portcullis.policies.Decision;
import java.util.List;
import java.util.Optional;

/**
 * Picks where a rerouted exchange goes: the first provider in configuration order that speaks the
 * caller's API style, has a reroute model for the caller's API ({@link ProviderConfig#rerouteModel(String)}),
 * and is one the policy accepts (named in
 * {@code reroute.providers}, or in one of {@code reroute.regions}).
 */
public final class Rerouter {
  private final List<ProviderConfig> providers;

  public Rerouter(List<ProviderConfig> providers) {
    this.providers = List.copyOf(providers);
  }

  public Optional<ProviderConfig> choose(ProviderStyle style, String api, ProviderConfig current, Decision.Reroute allowed) {
    for (ProviderConfig p : providers) {
      if (p == current || p.style() != style || p.rerouteModel(api).isEmpty()) {
        continue;
      }
      boolean named = allowed.providers().contains(p.id());
      boolean inRegion = allowed.regions().contains(p.region());
      if (named || inRegion) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
