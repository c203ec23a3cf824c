package io.portcullis.core.config;

import io.portcullis.core.audit.AuditSettings;
import io.portcullis.policies.PolicyConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The whole validated configuration.
 *
 * @param policy   how to reach OPA; empty means {@code policy: { enabled: false }}, so exchanges are
 *                 forwarded without a decision (a warning at start-up and from check-config; a missing
 *                 section is an error)
 * @param classify whether request text is classified (off only to measure pure pass-through)
 * @param dictionaries the term lists compliance officers maintain (policies/dictionaries), and how
 *                 often their directory is checked for edits
 * @param pseudonymKey the secret surrogates are derived with ({@code enforcement.pseudonym-key})
 * @param auditors who may search and verify the trail over {@code /admin/v1/audit}
 * @param audit    where and how the audit trail is kept; empty means no audit section (reported)
 */
public record PortcullisConfig(Path source, ServerConfig server, List<TenantConfig> tenants,
                               List<ProviderConfig> providers, Optional<PolicyConfig> policy, boolean classify,
                               Optional<DictionariesConfig> dictionaries,
                               Optional<String> pseudonymKey, Optional<AuditSettings> audit,
                               List<AuditorConfig> auditors) {}
