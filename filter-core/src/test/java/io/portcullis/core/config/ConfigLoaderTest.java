package io.portcullis.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  private Path write(String yaml) throws Exception {
    Path f = dir.resolve("portcullis.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  private static final String GOOD = """
      server: { host: 127.0.0.1, port: 8080, max-body-bytes: 4194304 }
      policy: { opa-url: "http://127.0.0.1:8181", timeout-ms: 250, on-error: fail-closed }
      audit: { spool-dir: audit/spool, instance: test-1, signing: { algorithm: sm2 } }
      tenants:
        - id: acme-cn
          region: CN
          api-keys: [ "${ACME_KEY}" ]
          attributes: { pipl_mechanism: standard_contract }
      providers:
        - id: openai
          style: openai
          base-url: https://api.openai.com
          region: US
          api-key-env: OPENAI_API_KEY
          models: [ "gpt-*", "o*" ]
          attributes: { dpf_certified: true }
      """;

  @Test
  void contractKeysLoadWithSecretsFromTheEnvironment() throws Exception {
    ConfigLoader loader = new ConfigLoader(Map.of("ACME_KEY", "pk-from-env-1", "OPENAI_API_KEY", "sk-live")::get);
    List<ConfigProblem> warnings = new ArrayList<>();
    PortcullisConfig cfg = loader.load(write(GOOD), warnings);
    assertTrue(warnings.isEmpty(), warnings.toString());
    assertEquals(List.of("pk-from-env-1"), cfg.tenants().get(0).apiKeys());
    assertEquals("standard_contract", cfg.tenants().get(0).attributes().get("pipl_mechanism"));
    ProviderConfig p = cfg.providers().get(0);
    assertEquals(ProviderStyle.OPENAI, p.style());
    assertEquals("sk-live", p.apiKey().orElseThrow());
    assertEquals(true, p.attributes().get("dpf_certified"));
    assertEquals(4194304, cfg.server().maxBodyBytes());
  }

  @Test
  void unsetProviderKeyIsAWarningNotAFailure() throws Exception {
    List<ConfigProblem> warnings = new ArrayList<>();
    new ConfigLoader(Map.of("ACME_KEY", "pk-from-env-1")::get).load(write(GOOD), warnings);
    assertEquals(1, warnings.size());
    assertEquals("providers[0].api-key-env", warnings.get(0).key());
    assertFalse(warnings.get(0).fatal());
  }

  @Test
  void everyProblemIsReportedWithFileAndKey() throws Exception {
    Path f = write("""
        server: { port: 0, colour: blue }
        tenants:
          - { id: a, region: XX, api-keys: [ "pk-aaaaaaaa" ] }
          - { id: a, region: US, api-keys: [ "pk-aaaaaaaa" ] }
        providers:
          - { id: p, style: soap, base-url: "not a url", region: US, models: [ "x" ] }
        """);
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(k -> null).load(f, new ArrayList<>()));
    List<String> keys = e.problems().stream().map(ConfigProblem::key).toList();
    assertTrue(keys.containsAll(List.of("server.port", "server.colour", "tenants[0].region", "tenants[1].id",
        "tenants[1].api-keys", "providers[0].style", "providers[0].base-url")), keys.toString());
    assertTrue(e.problems().stream().allMatch(p -> p.file().equals(f.toString())));
    assertTrue(e.getMessage().contains(f + ": tenants[0].region: must be an ISO 3166-1 alpha-2 code"), e.getMessage());
  }

  @Test
  void missingSectionsAndUnreadableYaml() throws Exception {
    List<ConfigProblem> problems = new ConfigLoader(k -> null).check(write("server: {}\n"));
    assertEquals(List.of("tenants", "providers", "policy", "audit"), problems.stream().map(ConfigProblem::key).toList());
    assertTrue(problems.get(2).fatal(), "no policy section is an error: running without decisions must be said");
    assertFalse(problems.get(3).fatal(), "no audit section is reported, not fatal");
    List<ConfigProblem> off = new ConfigLoader(k -> null).check(write("server: {}\npolicy: { enabled: false }\n"));
    assertTrue(off.stream().anyMatch(p -> p.key().equals("policy.enabled") && !p.fatal()), off.toString());
    List<ConfigProblem> broken = new ConfigLoader(k -> null).check(write("tenants: [ {"));
    assertEquals("(file)", broken.get(0).key());
    assertTrue(broken.get(0).message().startsWith("cannot be read as YAML"));
  }

  @Test
  void aYamlSyntaxErrorNamesItsLineAndTheProblem() throws Exception {
    List<ConfigProblem> indent = new ConfigLoader(k -> null).check(write("server:\n  host: 127.0.0.1\n   port: 8080\ntenants: []\n"));
    assertEquals("cannot be read as YAML: line 3, column 8: mapping values are not allowed here", indent.get(0).message());
    List<ConfigProblem> quote = new ConfigLoader(k -> null).check(write("server:\n  host: \"127.0.0.1\ntenants: []\n"));
    String m = quote.get(0).message();
    assertTrue(m.matches("cannot be read as YAML: line \\d+, column \\d+: .+ \\(while scanning a quoted scalar\\)"), m);
  }

  @Test
  void policySectionIsValidated() throws Exception {
    List<ConfigProblem> problems = new ConfigLoader(Map.of("ACME_KEY", "pk-from-env-1", "OPENAI_API_KEY", "k")::get).check(write(GOOD.replace(
            "policy: { opa-url: \"http://127.0.0.1:8181\", timeout-ms: 250, on-error: fail-closed }",
            "policy: { opa-url: \"ftp://opa\", timeout-ms: 0, on-error: maybe, cache: 5 }")));
    assertEquals(List.of("policy.cache", "policy.opa-url", "policy.timeout-ms", "policy.on-error"),
        problems.stream().filter(ConfigProblem::fatal).map(ConfigProblem::key).toList());
    PortcullisConfig cfg = new ConfigLoader(Map.of("ACME_KEY", "pk-from-env-1", "OPENAI_API_KEY", "k")::get)
        .load(write(GOOD), new ArrayList<>());
    assertEquals("http://127.0.0.1:8181", cfg.policy().orElseThrow().opaUrl());
    assertEquals(250, cfg.policy().orElseThrow().timeoutMs());
    // reported with the key, never a stack trace: schemes and paths the client cannot honour
    for (String url : List.of("https://opa.example:8181", "http://127.0.0.1:8181/v1/data/other")) {
      List<ConfigProblem> p = new ConfigLoader(Map.of("ACME_KEY", "pk-from-env-1", "OPENAI_API_KEY", "k")::get).check(write(GOOD.replace(
          "opa-url: \"http://127.0.0.1:8181\"", "opa-url: \"" + url + "\"")));
      assertEquals(List.of("policy.opa-url"), p.stream().filter(ConfigProblem::fatal).map(ConfigProblem::key).toList(), url);
    }
  }

  @Test
  void auditPathsResolveAgainstTheConfigFileAndAuditorsAreChecked() throws Exception {
    PortcullisConfig cfg = new ConfigLoader(Map.of("ACME_KEY", "pk-from-env-1", "OPENAI_API_KEY", "k")::get)
        .load(write(GOOD), new ArrayList<>());
    assertEquals(dir.resolve("audit/spool"), cfg.audit().orElseThrow().spoolDir());
    assertEquals("test-1", cfg.audit().orElseThrow().instance());
    assertEquals(io.portcullis.audit.crypto.SigningSuite.SM2, cfg.audit().orElseThrow().suite());
    List<ConfigProblem> problems = new ConfigLoader(Map.of("ACME_KEY", "pk-from-env-1", "OPENAI_API_KEY", "k")::get)
        .check(write(GOOD + "auditors:\n  - { id: a, api-keys: [ \"pk-from-env-1\" ], tenant: nobody }\n"));
    assertEquals(List.of("auditors[0].api-keys", "auditors[0].api-keys", "auditors[0].tenant"),
        problems.stream().filter(ConfigProblem::fatal).map(ConfigProblem::key).toList());
  }

  @Test
  void dictionariesResolveAgainstTheConfigFileAndTheirPollIsChecked() throws Exception {
    Files.createDirectories(dir.resolve("terms"));
    ConfigLoader loader = new ConfigLoader(Map.of("ACME_KEY", "pk-from-env-1", "OPENAI_API_KEY", "k")::get);
    DictionariesConfig d = loader.load(write(GOOD + "classifiers: { dictionaries: terms }\n"), new ArrayList<>())
        .dictionaries().orElseThrow();
    assertEquals(new DictionariesConfig(dir.resolve("terms"), DictionariesConfig.DEFAULT_POLL_MS), d);
    List<ConfigProblem> problems = loader.check(write(GOOD + "classifiers: { dictionaries: terms, dictionaries-poll-ms: 5 }\n"));
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("classifiers.dictionaries-poll-ms: must be 0 (no polling) or at least 100, got 5",
        problems.get(0).key() + ": " + problems.get(0).message());
    problems = loader.check(write(GOOD + "classifiers: { dictionaries-poll-ms: 0 }\n"));
    assertEquals(List.of("classifiers.dictionaries-poll-ms"), problems.stream().map(ConfigProblem::key).toList());
    assertFalse(problems.get(0).fatal(), "a poll without dictionaries does nothing, said as a warning");
  }

  @Test
  void envDefaultsApply() throws Exception {
    PortcullisConfig cfg = new ConfigLoader(Map.of("OPENAI_API_KEY", "k")::get)
        .load(write(GOOD.replace("${ACME_KEY}", "${ACME_KEY:-pk-default-1}")), new ArrayList<>());
    assertEquals(List.of("pk-default-1"), cfg.tenants().get(0).apiKeys());
  }

  @Test
  void numbersAndFlagsFromTheEnvironmentAreNumbersAndFlags() throws Exception {
    String yaml = GOOD.replace("port: 8080", "port: \"${PORT:-8080}\"");
    PortcullisConfig fromDefault = new ConfigLoader(Map.of("ACME_KEY", "pk-from-env-1", "OPENAI_API_KEY", "k")::get)
        .load(write(yaml), new ArrayList<>());
    assertEquals(8080, fromDefault.server().port());
    PortcullisConfig fromEnv = new ConfigLoader(Map.of("PORT", "9090", "ACME_KEY", "pk-from-env-1", "OPENAI_API_KEY", "k")::get)
        .load(write(yaml), new ArrayList<>());
    assertEquals(9090, fromEnv.server().port());
    List<ConfigProblem> bad = new ConfigLoader(Map.of("PORT", "eighty", "ACME_KEY", "pk-from-env-1", "OPENAI_API_KEY", "k")::get)
        .check(write(yaml));
    assertEquals(List.of("server.port"), bad.stream().filter(ConfigProblem::fatal).map(ConfigProblem::key).toList());
    // a key that is text stays text, even when the variable spells a number
    PortcullisConfig numericKey = new ConfigLoader(Map.of("ACME_KEY", "1234567890", "OPENAI_API_KEY", "k")::get)
        .load(write(GOOD), new ArrayList<>());
    assertEquals(List.of("1234567890"), numericKey.tenants().get(0).apiKeys());
  }

  @Test
  void rerouteModelsNameRealApis() throws Exception {
    String yaml = GOOD.replace("models: [ \"gpt-*\", \"o*\" ]", "models: [ \"gpt-*\", \"o*\" ]\n    reroute-models: { embeddings: e-1, chats: c-1, responses: 5 }");
    List<ConfigProblem> problems = new ConfigLoader(Map.of("ACME_KEY", "pk-from-env-1", "OPENAI_API_KEY", "k")::get).check(write(yaml));
    assertEquals(List.of("providers[0].reroute-models.chats", "providers[0].reroute-models.responses"),
        problems.stream().filter(ConfigProblem::fatal).map(ConfigProblem::key).toList(), problems.toString());
  }
}
