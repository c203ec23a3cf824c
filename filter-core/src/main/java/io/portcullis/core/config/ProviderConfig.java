package io.portcullis.core.config;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model provider: its wire format, where it runs, and which models it serves.
 *
 * @param rerouteModel the model used when the policy reroutes an exchange to this provider; a provider
 *                     without one is never a reroute target
 * @param apiKey the provider's key resolved from {@code api-key-env} (or {@code api-key}); empty when
 *               unset, which is reported at start-up but not fatal (the demo provider needs none)
 */
public record ProviderConfig(String id, ProviderStyle style, URI baseUrl, String region,
                             String apiKeyEnv, Optional<String> apiKey, List<String> models,
                             Map<String, Object> attributes, Optional<String> rerouteModel) {}
