package io.portcullis.tests;

import io.portcullis.core.PortcullisServer;
import io.portcullis.core.config.ConfigLoader;
import io.portcullis.core.config.PortcullisConfig;
import io.portcullis.core.standin.StandInProvider;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real thing for a test class: the stand-in provider (OpenAI + Anthropic wire formats) and
 * Portcullis itself, configured from a YAML file written the way an operator would write it.
 */
public final class ProxyFixture implements BeforeAllCallback, AfterAllCallback {
  public static final String CN_KEY = "pk-acme-cn-1";
  public static final String US_KEY = "pk-acme-us-1";

  /** The term lists compliance officers maintain, as shipped (tests run in tests/). */
  static final Path DICTIONARIES = Path.of("..", "policies", "dictionaries").toAbsolutePath().normalize();
  private final Supplier<String> extraServerYaml;
  private final Supplier<String> topLevelYaml;
  private final Supplier<String> classifiersYaml;
  private Vertx providerVertx;
  public StandInProvider provider;
  public PortcullisServer server;
  public int providerPort;
  public int port;
  public String baseUrl;
  /** {@code baseUrl + "/v1/chat/completions"}, the endpoint most tests use. */
  public String chat;

  /** Use as {@code @RegisterExtension static final ProxyFixture fx = new ProxyFixture(...)}: one per test class. */
  public ProxyFixture() {
    this(() -> "", () -> "");
  }

  /**
   * @param extraServerYaml extra keys under {@code server:}
   * @param topLevelYaml    extra top-level sections, e.g. {@code policy:}; computed when the class starts
   */
  public ProxyFixture(Supplier<String> extraServerYaml, Supplier<String> topLevelYaml) {
    this(extraServerYaml, topLevelYaml, () -> "dictionaries: \"" + DICTIONARIES + "\"");
  }

  /** @param classifiersYaml the keys of the {@code classifiers:} mapping (default: the shipped dictionaries) */
  public ProxyFixture(Supplier<String> extraServerYaml, Supplier<String> topLevelYaml, Supplier<String> classifiersYaml) {
    this.extraServerYaml = extraServerYaml;
    this.topLevelYaml = topLevelYaml;
    this.classifiersYaml = classifiersYaml;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    providerVertx = Vertx.vertx();
    provider = new StandInProvider(providerVertx);
    providerPort = await(provider.start("127.0.0.1", 0));
    port = freePort();
    int deadPort = freePort();
    String top = topLevelYaml.get();
    // Without decisions only when a test says so (the loader refuses a missing policy section).
    top = top.contains("policy:") ? top : top + (top.isBlank() ? "" : "\n") + "policy: { enabled: false }";
    String yaml = """
        server:
          host: 127.0.0.1
          port: %d
          max-body-bytes: 65536
          max-json-depth: 32
        %s
        %s
        classifiers: { %s }
        tenants:
          - id: acme-cn
            region: CN
            api-keys: [ "%s" ]
            attributes: { secrets: deny }
          - id: acme-us
            region: US
            api-keys: [ "${PORTCULLIS_TEST_US_KEY:-%s}" ]
          - id: cn-reroute
            region: CN
            api-keys: [ "pk-cn-reroute-1" ]
            attributes: { allow_reroute: true, secrets: deny }
          - id: eu-redact
            region: DE
            api-keys: [ "pk-eu-redact-1" ]
            attributes: { secrets: redact }
          - id: cn-shadow
            region: CN
            api-keys: [ "pk-cn-shadow-1" ]
            attributes: { shadow: true }
        providers:
          - id: standin-openai
            style: openai
            base-url: http://127.0.0.1:%d
            region: US
            api-key: sk-provider-secret
            models: [ "demo-gpt*", "demo-embed" ]
          - id: standin-anthropic
            style: anthropic
            base-url: http://127.0.0.1:%d
            region: US
            api-key: sk-ant-provider-secret
            models: [ "demo-claude*" ]
          - id: standin-cn
            style: openai
            base-url: http://127.0.0.1:%d
            region: CN
            models: [ "demo-cn-*" ]
            reroute-model: demo-cn-chat
            reroute-models: { embeddings: demo-cn-embed }
          - id: nowhere
            style: openai
            base-url: http://127.0.0.1:%d
            region: US
            models: [ "gone-*" ]
        """.formatted(port, extraServerYaml.get().indent(2), top, classifiersYaml.get(), CN_KEY, US_KEY, providerPort, providerPort, providerPort,
            deadPort);
    Path file = Files.createTempFile("portcullis-test", ".yaml");
    Files.writeString(file, yaml);
    PortcullisConfig cfg = new ConfigLoader(Map.<String, String>of()::get).load(file, new ArrayList<>());
    server = new PortcullisServer(cfg);
    await(server.start());
    baseUrl = "http://127.0.0.1:" + port;
    chat = baseUrl + "/v1/chat/completions";
  }

  public static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  /** The real OPA the test run started (deploy/test.d/40-services.sh exports its URL). */
  public static String opaUrl() {
    String url = System.getenv().getOrDefault("PORTCULLIS_OPA_URL", "http://127.0.0.1:8181");
    try {
      HttpResponse<String> r = Http.get(url + "/health", null);
      if (r.statusCode() == 200) {
        return url;
      }
    } catch (Exception e) {
      // reported below
    }
    throw new IllegalStateException("no OPA answering at " + url + ": run the tests with `deploy/portcullis test`, "
        + "or start it with `deploy/portcullis services up`");
  }

  /** The real Elasticsearch the test run started (deploy/test.d/40-services.sh exports its URL). */
  public static String esUrl() {
    String url = System.getenv().getOrDefault("PORTCULLIS_ES_URL", "http://127.0.0.1:9200");
    try {
      if (Http.get(url + "/_cluster/health", null).statusCode() == 200) {
        return url;
      }
    } catch (Exception e) {
      // reported below
    }
    throw new IllegalStateException("no Elasticsearch answering at " + url + ": run the tests with `deploy/portcullis test`, "
        + "or start it with `deploy/portcullis services up`");
  }

  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    await(server.stop());
    await(provider.stop());
    await(providerVertx.close());
  }
}
