package io.portcullis.core.upstream;

import io.portcullis.core.config.ProviderConfig;
import io.portcullis.core.config.ProviderStyle;
import java.util.List;
import java.util.Optional;

/**
 * Providers in configuration order; the first one of the caller's style whose globs match the model
 * serves it. Order is the operator's tool for precedence (specific deployments before catch-alls).
 */
public final class ProviderRegistry {
  private record Entry(ProviderConfig provider, List<ModelGlob> globs) {}

  private final List<Entry> entries;

  public ProviderRegistry(List<ProviderConfig> providers) {
    this.entries = providers.stream()
        .map(p -> new Entry(p, p.models().stream().map(ModelGlob::of).toList()))
        .toList();
  }

  /** Runs for every exchange: plain loops, no stream pipeline per provider. */
  public Optional<ProviderConfig> route(ProviderStyle style, String model) {
    for (Entry e : entries) {
      if (e.provider.style() != style) {
        continue;
      }
      for (ModelGlob g : e.globs) {
        if (g.matches(model)) {
          return Optional.of(e.provider);
        }
      }
    }
    return Optional.empty();
  }

  public List<ProviderConfig> all() {
    return entries.stream().map(Entry::provider).toList();
  }

  /** Whether {@code provider} is configured to serve {@code model} (used to filter merged model lists). */
  public boolean serves(ProviderConfig provider, String model) {
    return entries.stream().filter(e -> e.provider == provider)
        .anyMatch(e -> e.globs.stream().anyMatch(g -> g.matches(model)));
  }

  /** Model names written literally in configuration, listed even when a provider cannot be asked. */
  public List<String> literalModels(ProviderConfig provider) {
    return entries.stream().filter(e -> e.provider == provider)
        .flatMap(e -> e.globs.stream()).filter(ModelGlob::isLiteral).map(ModelGlob::glob).toList();
  }
}
