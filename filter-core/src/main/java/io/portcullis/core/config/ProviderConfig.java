package io.portcullis.core.config;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model provider: its wire format, where it runs, and which models it serves.
 *
 * @param rerouteModel the model used when the policy reroutes a chat, completions or messages exchange
 *                     to this provider
 * @param rerouteModels per API label ({@code chat}, {@code completions}, {@code embeddings},
 *                     {@code responses}, {@code messages}) the model a rerouted exchange of that API
 *                     gets; overrides {@code rerouteModel}. Embeddings and Responses are rerouted only
 *                     with an entry here: a chat model cannot embed, and not every in-region provider
 *                     serves {@code /v1/responses}. A provider with no model for an API is never a
 *                     reroute target for it.
 * @param apiKey the provider's key resolved from {@code api-key-env} (or {@code api-key}); empty when
 *               unset, which is reported at start-up but not fatal (the demo provider needs none)
 */
public record ProviderConfig(String id, ProviderStyle style, URI baseUrl, String region,
                             String apiKeyEnv, Optional<String> apiKey, List<String> models,
                             Map<String, Object> attributes, Optional<String> rerouteModel,
                             Map<String, String> rerouteModels) {

  public ProviderConfig {
    rerouteModels = rerouteModels == null ? Map.of() : Map.copyOf(rerouteModels);
  }

  /** The model a rerouted exchange of {@code api} (its label) gets here, if this provider takes it. */
  public Optional<String> rerouteModel(String api) {
    String specific = rerouteModels.get(api);
    if (specific != null) {
      return Optional.of(specific);
    }
    return GENERAL_APIS.contains(api) ? rerouteModel : Optional.empty();
  }

  /** The APIs {@code reroute-model} alone covers: text generation every provider of a style serves. */
  private static final java.util.Set<String> GENERAL_APIS = java.util.Set.of("chat", "completions", "messages");
}
