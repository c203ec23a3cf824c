package io.portcullis.core.config;

import java.util.List;
import java.util.Map;

/** A caller of the proxy: who it is, where its data comes from, and the keys it authenticates with. */
public record TenantConfig(String id, String region, List<String> apiKeys, Map<String, Object> attributes) {}
