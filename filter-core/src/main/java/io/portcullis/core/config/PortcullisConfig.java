package io.portcullis.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole validated configuration. Sections owned by later stages (policy, audit, classifiers) are
 * kept as raw trees here and validated by their own modules' loaders.
 */
public record PortcullisConfig(Path source, ServerConfig server, List<TenantConfig> tenants,
                               List<ProviderConfig> providers, JsonNode policy, JsonNode audit,
                               JsonNode classifiers) {}
