package io.portcullis.core.config;

import java.util.List;
import java.util.Optional;

/**
 * Someone allowed to read the audit trail over the admin API.
 *
 * @param tenant when present, the auditor sees only that tenant's records (e.g. a tenant's own DPO)
 */
public record AuditorConfig(String id, List<String> apiKeys, Optional<String> tenant) {}
