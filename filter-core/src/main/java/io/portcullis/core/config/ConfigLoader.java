package io.portcullis.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.portcullis.audit.crypto.SigningSuite;
import io.portcullis.core.audit.AuditSettings;
import io.portcullis.policies.PolicyConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the YAML configuration, substitutes environment references and validates every key,
 * collecting all problems (file, key, what is wrong) so an operator fixes a file in one pass.
 */
public final class ConfigLoader {
  private static final Set<String> TOP_LEVEL = Set.of("server", "tenants", "providers", "policy", "audit", "classifiers",
      "enforcement", "auditors");
  private static final Set<String> SERVER_KEYS = Set.of("host", "port", "max-body-bytes", "max-json-depth",
      "upstream-timeout-ms", "connect-timeout-ms", "shutdown-grace-ms", "upstream-pool-size", "debug-headers");
  private static final Set<String> TENANT_KEYS = Set.of("id", "region", "api-keys", "attributes");
  private static final Set<String> PROVIDER_KEYS = Set.of("id", "style", "base-url", "region", "api-key-env",
      "api-key", "models", "attributes", "reroute-model", "reroute-models");
  private static final Set<String> POLICY_KEYS = Set.of("enabled", "opa-url", "timeout-ms", "on-error");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  /** The API labels a {@code reroute-models} key may name, in order for messages. */
  private static final Set<String> API_LABELS = java.util.Arrays.stream(io.portcullis.core.api.Api.values())
      .map(io.portcullis.core.api.Api::label).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));

  private final Function<String, String> env;
  private final YAMLMapper yaml = new YAMLMapper();

  public ConfigLoader(Function<String, String> env) {
    this.env = env;
  }

  public static ConfigLoader fromSystemEnv() {
    return new ConfigLoader(System::getenv);
  }

  /** Loads and validates; throws with every fatal problem. Non-fatal ones come back in {@code warnings}. */
  public PortcullisConfig load(Path file, List<ConfigProblem> warnings) throws ConfigException {
    Validation v = new Validation(file.toString());
    JsonNode root;
    try {
      root = yaml.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      // the original message: the parser's own report, without Jackson's copy of the source text
      String report = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      v.fatal("(file)", "cannot be read as YAML: " + yamlProblem(report));
      throw new ConfigException(v.problems);
    }
    if (root == null || !root.isObject()) {
      v.fatal("(file)", "must be a YAML mapping with server, tenants and providers");
      throw new ConfigException(v.problems);
    }
    substitute(root, "", v);
    unknownKeys(root, TOP_LEVEL, "", v);
    ServerConfig server = server(root.path("server"), v);
    List<TenantConfig> tenants = tenants(root.path("tenants"), v);
    List<ProviderConfig> providers = providers(root.path("providers"), v);
    Optional<PolicyConfig> policy = policy(root.path("policy"), v);
    boolean classify = classifiers(root.path("classifiers"), v);
    Optional<DictionariesConfig> dictionaries = dictionaries(root.path("classifiers"), file, v);
    Optional<String> pseudonymKey = enforcement(root.path("enforcement"), v);
    Optional<AuditSettings> audit = audit(root.path("audit"), file, v);
    List<AuditorConfig> auditors = auditors(root.path("auditors"), tenants, v);
    List<ConfigProblem> fatal = v.problems.stream().filter(ConfigProblem::fatal).toList();
    v.problems.stream().filter(p -> !p.fatal()).forEach(warnings::add);
    if (!fatal.isEmpty()) {
      throw new ConfigException(fatal);
    }
    return new PortcullisConfig(file, server, tenants, providers, policy, classify, dictionaries, pseudonymKey, audit,
        auditors);
  }

  /** Every problem, fatal or not, for {@code check-config}. */
  public List<ConfigProblem> check(Path file) {
    List<ConfigProblem> all = new ArrayList<>();
    try {
      load(file, all);
    } catch (ConfigException e) {
      all.addAll(0, e.problems());
    }
    return all;
  }

  private void substitute(JsonNode node, String path, Validation v) {
    EnvSubstitution subst = new EnvSubstitution(env);
    if (node instanceof ObjectNode obj) {
      for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (e.getValue().isTextual()) {
          try {
            e.setValue(v.fromEnv(e.getValue().textValue(), subst.apply(e.getValue().textValue())));
          } catch (IllegalArgumentException ex) {
            v.fatal(key, ex.getMessage());
          }
        } else {
          substitute(e.getValue(), key, v);
        }
      }
    } else if (node instanceof ArrayNode arr) {
      for (int i = 0; i < arr.size(); i++) {
        String key = path + "[" + i + "]";
        if (arr.get(i).isTextual()) {
          try {
            arr.set(i, v.fromEnv(arr.get(i).textValue(), subst.apply(arr.get(i).textValue())));
          } catch (IllegalArgumentException ex) {
            v.fatal(key, ex.getMessage());
          }
        } else {
          substitute(arr.get(i), key, v);
        }
      }
    }
  }

  private ServerConfig server(JsonNode node, Validation v) {
    ServerConfig d = ServerConfig.DEFAULTS;
    if (node.isMissingNode()) {
      return d;
    }
    if (!node.isObject()) {
      v.fatal("server", "must be a mapping");
      return d;
    }
    unknownKeys(node, SERVER_KEYS, "server", v);
    return new ServerConfig(
        v.text(node, "server", "host", d.host()),
        (int) v.number(node, "server", "port", d.port(), 1, 65535),
        v.number(node, "server", "max-body-bytes", d.maxBodyBytes(), 1024, 256L * 1024 * 1024),
        (int) v.number(node, "server", "max-json-depth", d.maxJsonDepth(), 4, 1000),
        v.number(node, "server", "upstream-timeout-ms", d.upstreamTimeoutMs(), 10, 3_600_000),
        v.number(node, "server", "connect-timeout-ms", d.connectTimeoutMs(), 10, 600_000),
        v.number(node, "server", "shutdown-grace-ms", d.shutdownGraceMs(), 0, 3_600_000),
        (int) v.number(node, "server", "upstream-pool-size", d.upstreamPoolSize(), 1, 10_000),
        v.bool(node, "server", "debug-headers", d.debugHeaders()));
  }

  private Optional<PolicyConfig> policy(JsonNode node, Validation v) {
    if (node.isMissingNode() || node.isNull()) {
      // A forgotten section must not quietly make an unfiltered proxy: running without decisions is
      // something an operator says, not something a missing key implies.
      v.fatal("policy", "is required: OPA's address, e.g. policy: { opa-url: \"http://127.0.0.1:8181\" }, "
          + "or policy: { enabled: false } to forward every exchange without a policy decision");
      return Optional.empty();
    }
    if (!node.isObject()) {
      v.fatal("policy", "must be a mapping with opa-url, timeout-ms, on-error (or enabled: false)");
      return Optional.empty();
    }
    int before = v.problems.size();
    unknownKeys(node, POLICY_KEYS, "policy", v);
    if (!v.bool(node, "policy", "enabled", true)) {
      v.warn("policy.enabled", "false: exchanges are forwarded without a policy decision");
      return Optional.empty();
    }
    String url = v.text(node, "policy", "opa-url", PolicyConfig.DEFAULT_OPA_URL);
    try {
      URI u = URI.create(url);
      // OPA runs beside the proxy (a sidecar or local service) and the client speaks plain HTTP to
      // it; the Data API path is the client's, so a path here would be silently dropped.
      if (!"http".equals(u.getScheme()) || u.getHost() == null) {
        v.fatal("policy.opa-url", "must be an absolute http URL of the OPA server (https is not supported; run OPA beside the proxy), got '" + url + "'");
      } else if (u.getRawPath() != null && !u.getRawPath().isEmpty() && !u.getRawPath().equals("/") || u.getRawQuery() != null) {
        v.fatal("policy.opa-url", "must be the OPA server's address without a path or query (the client asks /v1/data/portcullis/decision/result), got '" + url + "'");
      }
    } catch (IllegalArgumentException e) {
      v.fatal("policy.opa-url", "is not a URL: " + e.getMessage());
    }
    long timeout = v.number(node, "policy", "timeout-ms", PolicyConfig.DEFAULT_TIMEOUT_MS, 1, 60_000);
    String onError = v.text(node, "policy", "on-error", "fail-closed");
    PolicyConfig.OnError mode = PolicyConfig.OnError.FAIL_CLOSED;
    if ("fail-open".equals(onError)) {
      mode = PolicyConfig.OnError.FAIL_OPEN;
      v.warn("policy.on-error", "fail-open for every tenant: when OPA cannot answer, exchanges are forwarded without a decision");
    } else if (!"fail-closed".equals(onError)) {
      v.fatal("policy.on-error", "must be fail-closed or fail-open, got '" + onError + "'");
    }
    boolean broken = v.problems.subList(before, v.problems.size()).stream().anyMatch(ConfigProblem::fatal);
    return broken ? Optional.empty() : Optional.of(new PolicyConfig(url, timeout, mode));
  }

  /** {@code reroute-models}: API label -> model, for rerouting exchanges of that API to this provider. */
  private static Map<String, String> rerouteModels(JsonNode node, String at, Validation v) {
    if (node.isMissingNode() || node.isNull()) {
      return Map.of();
    }
    String key = at + ".reroute-models";
    if (!node.isObject()) {
      v.fatal(key, "must be a mapping of API (chat, completions, embeddings, responses, messages) to model");
      return Map.of();
    }
    Map<String, String> out = new java.util.LinkedHashMap<>();
    node.properties().forEach(e -> {
      if (!API_LABELS.contains(e.getKey())) {
        v.fatal(key + "." + e.getKey(), "is not an API; use one of " + API_LABELS);
      } else if (!e.getValue().isTextual() || e.getValue().textValue().isBlank()) {
        v.fatal(key + "." + e.getKey(), "must be a model name");
      } else {
        out.put(e.getKey(), e.getValue().textValue());
      }
    });
    return out;
  }

  private List<AuditorConfig> auditors(JsonNode node, List<TenantConfig> tenants, Validation v) {
    List<AuditorConfig> out = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      v.fatal("auditors", "must be a list of {id, api-keys, tenant}");
      return out;
    }
    Set<String> tenantKeys = new HashSet<>();
    tenants.forEach(t -> tenantKeys.addAll(t.apiKeys()));
    Set<String> tenantIds = new HashSet<>();
    tenants.forEach(t -> tenantIds.add(t.id()));
    for (int i = 0; i < node.size(); i++) {
      String at = "auditors[" + i + "]";
      JsonNode a = node.get(i);
      if (!a.isObject()) {
        v.fatal(at, "must be a mapping with id, api-keys and optionally tenant");
        continue;
      }
      unknownKeys(a, Set.of("id", "api-keys", "tenant"), at, v);
      String id = v.requiredText(a, at, "id");
      List<String> keys = v.textList(a, at, "api-keys", true);
      for (String k : keys) {
        if (k.length() < 16) {
          v.fatal(at + ".api-keys", "auditor keys must be at least 16 characters");
        }
        if (tenantKeys.contains(k)) {
          v.fatal(at + ".api-keys", "an auditor key must not also be a tenant key");
        }
      }
      Optional<String> scope = Optional.ofNullable(v.text(a, at, "tenant", null));
      scope.filter(t -> !tenantIds.contains(t)).ifPresent(t -> v.fatal(at + ".tenant", "no tenant '" + t + "' is configured"));
      out.add(new AuditorConfig(id, keys, scope));
    }
    return out;
  }

  private Optional<AuditSettings> audit(JsonNode node, Path file, Validation v) {
    if (node.isMissingNode() || node.isNull()) {
      v.warn("audit", "no audit section: exchanges leave no audit records");
      return Optional.empty();
    }
    if (!node.isObject()) {
      v.fatal("audit", "must be a mapping with spool-dir, signing, store-dir or elasticsearch");
      return Optional.empty();
    }
    int before = v.problems.size();
    unknownKeys(node, Set.of("spool-dir", "instance", "signing", "hmac-key-file", "store-dir", "elasticsearch"), "audit", v);
    Path base = file.toAbsolutePath().getParent();
    Path spool = base.resolve(v.text(node, "audit", "spool-dir", "audit/spool"));
    String instance = v.text(node, "audit", "instance", defaultInstance());
    if (!instance.matches("[A-Za-z0-9._-]{1,64}")) {
      v.fatal("audit.instance", "must be 1-64 of letters, digits, '.', '_' or '-', got '" + instance + "'");
    }
    JsonNode signing = node.path("signing");
    SigningSuite suite = SigningSuite.ED25519;
    Path keyFile = spool.resolveSibling("keys").resolve("audit-signing.pem");
    boolean recordSignatures = false;
    if (!signing.isMissingNode()) {
      unknownKeys(signing, Set.of("algorithm", "key-file", "record-signatures"), "audit.signing", v);
      recordSignatures = v.bool(signing, "audit.signing", "record-signatures", false);
      String alg = v.text(signing, "audit.signing", "algorithm", "ed25519");
      switch (alg) {
        case "ed25519" -> suite = SigningSuite.ED25519;
        case "sm2" -> suite = SigningSuite.SM2;
        default -> v.fatal("audit.signing.algorithm", "must be ed25519 or sm2, got '" + alg + "'");
      }
      String kf = v.text(signing, "audit.signing", "key-file", null);
      if (kf != null) {
        keyFile = base.resolve(kf);
      }
    }
    Path hmacKey = base.resolve(v.text(node, "audit", "hmac-key-file", spool.resolveSibling("keys").resolve("value-hmac.key").toString()));
    Path storeDir = base.resolve(v.text(node, "audit", "store-dir", spool.resolveSibling("index").toString()));
    Optional<URI> es = Optional.empty();
    JsonNode esNode = node.path("elasticsearch");
    if (!esNode.isMissingNode()) {
      unknownKeys(esNode, Set.of("url"), "audit.elasticsearch", v);
      String url = v.requiredText(esNode, "audit.elasticsearch", "url");
      if (url != null) {
        try {
          URI u = URI.create(url);
          if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
            v.fatal("audit.elasticsearch.url", "must be an absolute http(s) URL, got '" + url + "'");
          } else {
            es = Optional.of(u);
          }
        } catch (IllegalArgumentException e) {
          v.fatal("audit.elasticsearch.url", "is not a URL: " + e.getMessage());
        }
      }
    }
    boolean broken = v.problems.subList(before, v.problems.size()).stream().anyMatch(ConfigProblem::fatal);
    return broken ? Optional.empty() : Optional.of(new AuditSettings(spool, instance, suite, keyFile, recordSignatures, hmacKey, storeDir, es));
  }

  /** This host's name, so instances behind a load balancer get distinct chains without configuration. */
  private static String defaultInstance() {
    String host = System.getenv("HOSTNAME");
    if (host == null || host.isBlank()) {
      try {
        host = java.net.InetAddress.getLocalHost().getHostName();
      } catch (java.io.IOException e) {
        host = "portcullis";
      }
    }
    String clean = host.replaceAll("[^A-Za-z0-9._-]", "-");
    return clean.length() > 64 ? clean.substring(0, 64) : clean;
  }

  private Optional<String> enforcement(JsonNode node, Validation v) {
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      v.fatal("enforcement", "must be a mapping");
      return Optional.empty();
    }
    unknownKeys(node, Set.of("pseudonym-key"), "enforcement", v);
    String key = v.text(node, "enforcement", "pseudonym-key", null);
    if (key != null && key.length() < 32) {
      v.fatal("enforcement.pseudonym-key", "must be at least 32 characters of secret (use ${ENV_VAR})");
      return Optional.empty();
    }
    return Optional.ofNullable(key);
  }

  private boolean classifiers(JsonNode node, Validation v) {
    if (node.isMissingNode() || node.isNull()) {
      return true;
    }
    if (!node.isObject()) {
      v.fatal("classifiers", "must be a mapping");
      return true;
    }
    unknownKeys(node, Set.of("enabled", "dictionaries", "dictionaries-poll-ms"), "classifiers", v);
    return v.bool(node, "classifiers", "enabled", true);
  }

  private Optional<DictionariesConfig> dictionaries(JsonNode node, Path file, Validation v) {
    if (!node.isObject()) {
      return Optional.empty();
    }
    String dir = v.text(node, "classifiers", "dictionaries", null);
    long pollMs = v.number(node, "classifiers", "dictionaries-poll-ms", DictionariesConfig.DEFAULT_POLL_MS, 0, 600_000);
    if (pollMs > 0 && pollMs < DictionariesConfig.MIN_POLL_MS) {
      v.fatal("classifiers.dictionaries-poll-ms", "must be 0 (no polling) or at least " + DictionariesConfig.MIN_POLL_MS
          + ", got " + pollMs);
    }
    if (dir == null) {
      if (node.has("dictionaries-poll-ms")) {
        v.warn("classifiers.dictionaries-poll-ms", "has no effect without classifiers.dictionaries");
      }
      return Optional.empty();
    }
    Path p = file.toAbsolutePath().getParent().resolve(dir).normalize();
    if (!Files.isDirectory(p)) {
      v.fatal("classifiers.dictionaries", "is not a directory: " + p);
      return Optional.empty();
    }
    return Optional.of(new DictionariesConfig(p, pollMs));
  }

  private List<TenantConfig> tenants(JsonNode node, Validation v) {
    List<TenantConfig> out = new ArrayList<>();
    if (!node.isArray() || node.isEmpty()) {
      v.fatal("tenants", "must be a non-empty list of tenants");
      return out;
    }
    Set<String> ids = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String at = "tenants[" + i + "]";
      JsonNode t = node.get(i);
      if (!t.isObject()) {
        v.fatal(at, "must be a mapping with id, region, api-keys");
        continue;
      }
      unknownKeys(t, TENANT_KEYS, at, v);
      String id = v.requiredText(t, at, "id");
      if (id != null && !ids.add(id)) {
        v.fatal(at + ".id", "duplicate tenant id '" + id + "'");
      }
      String region = region(t, at, v);
      List<String> apiKeys = v.textList(t, at, "api-keys", true);
      for (String k : apiKeys) {
        if (k.length() < 8) {
          v.fatal(at + ".api-keys", "keys must be at least 8 characters");
        }
        if (!keys.add(k)) {
          v.fatal(at + ".api-keys", "a key is used twice (each key must identify one tenant)");
        }
      }
      out.add(new TenantConfig(id, region, apiKeys, v.attributes(t, at)));
    }
    return out;
  }

  private List<ProviderConfig> providers(JsonNode node, Validation v) {
    List<ProviderConfig> out = new ArrayList<>();
    if (!node.isArray() || node.isEmpty()) {
      v.fatal("providers", "must be a non-empty list of providers");
      return out;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String at = "providers[" + i + "]";
      JsonNode p = node.get(i);
      if (!p.isObject()) {
        v.fatal(at, "must be a mapping with id, style, base-url, region, models");
        continue;
      }
      unknownKeys(p, PROVIDER_KEYS, at, v);
      String id = v.requiredText(p, at, "id");
      if (id != null && !ids.add(id)) {
        v.fatal(at + ".id", "duplicate provider id '" + id + "'");
      }
      ProviderStyle style = null;
      String styleText = v.requiredText(p, at, "style");
      if (styleText != null) {
        try {
          style = ProviderStyle.parse(styleText);
        } catch (IllegalArgumentException e) {
          v.fatal(at + ".style", e.getMessage());
        }
      }
      URI baseUrl = null;
      String url = v.requiredText(p, at, "base-url");
      if (url != null) {
        try {
          baseUrl = URI.create(url);
          if (!("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme())) || baseUrl.getHost() == null) {
            v.fatal(at + ".base-url", "must be an absolute http(s) URL, got '" + url + "'");
          }
        } catch (IllegalArgumentException e) {
          v.fatal(at + ".base-url", "is not a URL: " + e.getMessage());
        }
      }
      String region = region(p, at, v);
      String keyEnv = v.text(p, at, "api-key-env", null);
      Optional<String> key = Optional.ofNullable(v.text(p, at, "api-key", null)).filter(s -> !s.isEmpty());
      if (key.isEmpty() && keyEnv != null) {
        key = Optional.ofNullable(env.apply(keyEnv)).filter(s -> !s.isEmpty());
        if (key.isEmpty()) {
          v.warn(at + ".api-key-env", "environment variable " + keyEnv + " is not set: provider '" + id
              + "' will be called without a key");
        }
      }
      List<String> models = v.textList(p, at, "models", true);
      Optional<String> rerouteModel = Optional.ofNullable(v.text(p, at, "reroute-model", null)).filter(s -> !s.isBlank());
      out.add(new ProviderConfig(id, style, baseUrl, region, keyEnv, key, models, v.attributes(p, at), rerouteModel,
          rerouteModels(p.path("reroute-models"), at, v)));
    }
    return out;
  }

  private static String region(JsonNode node, String at, Validation v) {
    String region = v.requiredText(node, at, "region");
    if (region != null && !COUNTRIES.contains(region)) {
      v.fatal(at + ".region", "must be an ISO 3166-1 alpha-2 code in capitals (e.g. CN, US, DE), got '" + region + "'");
    }
    return region;
  }

  private static void unknownKeys(JsonNode node, Set<String> allowed, String at, Validation v) {
    node.fieldNames().forEachRemaining(k -> {
      if (!allowed.contains(k)) {
        v.fatal(at.isEmpty() ? k : at + "." + k, "unknown key (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    });
  }

  /**
   * The parser's multi-line report in one line an operator can act on: where (the problem's line and
   * column) and what, with the construct it was in, e.g. "line 3, column 4: expected <block end>, but
   * found '<block mapping start>' (while parsing a block mapping)". Its first line alone named only the
   * construct, not the line nor the problem.
   */
  static String yamlProblem(String report) {
    if (report == null) {
      return "";
    }
    List<String> said = new ArrayList<>();
    String where = null;
    for (String line : report.lines().toList()) {
      String t = line.strip();
      java.util.regex.Matcher m = YAML_MARK.matcher(t);
      if (m.find()) {
        where = "line " + m.group(1) + ", column " + m.group(2);
      } else if (!line.startsWith(" ") && !t.isEmpty()) {
        said.add(t);
      }
    }
    if (said.isEmpty()) {
      return report.lines().findFirst().orElse("");
    }
    String problem = said.getLast() + (said.size() > 1 ? " (" + said.getFirst() + ")" : "");
    return where == null ? problem : where + ": " + problem;
  }

  private static final java.util.regex.Pattern YAML_MARK = java.util.regex.Pattern.compile("^in '[^']*', line (\\d+), column (\\d+):?$");

  /** Accumulates problems and reads typed values, reporting the exact key on a type mismatch. */
  private static final class Validation {
    final String file;
    final List<ConfigProblem> problems = new ArrayList<>();

    Validation(String file) {
      this.file = file;
    }

    void fatal(String key, String msg) {
      problems.add(new ConfigProblem(file, key, msg, true));
    }

    void warn(String key, String msg) {
      problems.add(new ConfigProblem(file, key, msg, false));
    }

    /**
     * Values a variable supplied: text in the tree, read as the number or true/false it spells where a
     * number or flag is expected, as YAML would have read it written in place ({@code port: ${PORT:-8080}}).
     */
    private final Set<JsonNode> substituted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    JsonNode fromEnv(String written, String value) {
      TextNode n = TextNode.valueOf(value);
      if (written.contains("${")) {
        substituted.add(n);
      }
      return n;
    }

    /** The node as a number or flag when a variable supplied it as text that spells one, else as it is. */
    private JsonNode scalar(JsonNode n) {
      if (n == null || !n.isTextual() || !substituted.contains(n)) {
        return n;
      }
      String t = n.textValue().strip();
      if (t.matches("-?\\d{1,18}")) {
        return com.fasterxml.jackson.databind.node.LongNode.valueOf(Long.parseLong(t));
      }
      if (t.equals("true") || t.equals("false")) {
        return com.fasterxml.jackson.databind.node.BooleanNode.valueOf(t.equals("true"));
      }
      return n;
    }

    String text(JsonNode node, String at, String key, String dflt) {
      JsonNode n = node.get(key);
      if (n == null || n.isNull()) {
        return dflt;
      }
      if (!n.isTextual()) {
        fatal(at + "." + key, "must be a string");
        return dflt;
      }
      return n.textValue();
    }

    String requiredText(JsonNode node, String at, String key) {
      String s = text(node, at, key, null);
      if (s == null || s.isBlank()) {
        if (node.get(key) == null || node.get(key).isTextual() || node.get(key).isNull()) {
          fatal(at + "." + key, "is required");
        }
        return null;
      }
      return s;
    }

    long number(JsonNode node, String at, String key, long dflt, long min, long max) {
      JsonNode n = scalar(node.get(key));
      if (n == null || n.isNull()) {
        return dflt;
      }
      if (!n.canConvertToLong() || !n.isIntegralNumber()) {
        fatal(at + "." + key, "must be a whole number");
        return dflt;
      }
      long value = n.longValue();
      if (value < min || value > max) {
        fatal(at + "." + key, "must be between " + min + " and " + max + ", got " + value);
        return dflt;
      }
      return value;
    }

    boolean bool(JsonNode node, String at, String key, boolean dflt) {
      JsonNode n = scalar(node.get(key));
      if (n == null || n.isNull()) {
        return dflt;
      }
      if (!n.isBoolean()) {
        fatal(at + "." + key, "must be true or false");
        return dflt;
      }
      return n.booleanValue();
    }

    List<String> textList(JsonNode node, String at, String key, boolean required) {
      JsonNode n = node.get(key);
      List<String> out = new ArrayList<>();
      if (n == null || n.isNull()) {
        if (required) {
          fatal(at + "." + key, "is required (a list of strings)");
        }
        return out;
      }
      if (!n.isArray()) {
        fatal(at + "." + key, "must be a list of strings");
        return out;
      }
      for (int i = 0; i < n.size(); i++) {
        if (!n.get(i).isTextual() || n.get(i).textValue().isBlank()) {
          fatal(at + "." + key + "[" + i + "]", "must be a non-empty string");
        } else {
          out.add(n.get(i).textValue());
        }
      }
      if (required && out.isEmpty() && n.isEmpty()) {
        fatal(at + "." + key, "must not be empty");
      }
      return out;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> attributes(JsonNode node, String at) {
      JsonNode n = node.get("attributes");
      if (n == null || n.isNull()) {
        return Map.of();
      }
      if (!n.isObject()) {
        fatal(at + ".attributes", "must be a mapping");
        return Map.of();
      }
      return MAPPER.convertValue(n, Map.class);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
        new com.fasterxml.jackson.databind.ObjectMapper();
  }

}
