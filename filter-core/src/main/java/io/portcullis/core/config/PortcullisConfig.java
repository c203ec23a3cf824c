package io.portcullis.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.portcullis.policies.PolicyConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The whole validated configuration.
 *
 * @param policy   how to reach OPA; empty means no policy section, so exchanges are forwarded without a
 *                 decision (reported as a warning at start-up and by check-config)
 * @param classify whether request text is classified (off only to measure pure pass-through)
 * @param pseudonymKey the secret surrogates are derived with ({@code enforcement.pseudonym-key})
 * @param audit    the audit section, validated by the audit module's own loader
 */
public record PortcullisConfig(Path source, ServerConfig server, List<TenantConfig> tenants,
                               List<ProviderConfig> providers, Optional<PolicyConfig> policy, boolean classify,
                               Optional<String> pseudonymKey, JsonNode audit) {}
