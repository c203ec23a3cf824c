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

/**
 * Starts the real thing for a test class: the stand-in provider (OpenAI + Anthropic wire formats) and
 * Portcullis itself, configured from a YAML file written the way an operator would write it.
 */
public final class ProxyFixture implements AutoCloseable {
  public static final String CN_KEY = "pk-acme-cn-1";
  public static final String US_KEY = "pk-acme-us-1";

  private final Vertx providerVertx = Vertx.vertx();
  public final StandInProvider provider = new StandInProvider(providerVertx);
  public final PortcullisServer server;
  public final int providerPort;
  public final int port;
  public final String baseUrl;

  public ProxyFixture(String extraServerYaml) throws Exception {
    this(extraServerYaml, "");
  }

  /** @param topLevelYaml extra top-level sections, e.g. {@code policy:} */
  public ProxyFixture(String extraServerYaml, String topLevelYaml) throws Exception {
    providerPort = await(provider.start("127.0.0.1", 0));
    port = freePort();
    int deadPort = freePort();
    String yaml = """
        server:
          host: 127.0.0.1
          port: %d
          max-body-bytes: 65536
          max-json-depth: 32
        %s
        %s
        tenants:
          - id: acme-cn
            region: CN
            api-keys: [ "%s" ]
            attributes: { secrets: deny }
          - id: acme-us
            region: US
            api-keys: [ "${PORTCULLIS_TEST_US_KEY:-%s}" ]
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
          - id: nowhere
            style: openai
            base-url: http://127.0.0.1:%d
            region: US
            models: [ "gone-*" ]
        """.formatted(port, extraServerYaml.indent(2), topLevelYaml, CN_KEY, US_KEY, providerPort, providerPort, providerPort,
            deadPort);
    Path file = Files.createTempFile("portcullis-test", ".yaml");
    Files.writeString(file, yaml);
    PortcullisConfig cfg = new ConfigLoader(Map.<String, String>of()::get).load(file, new ArrayList<>());
    server = new PortcullisServer(cfg);
    await(server.start());
    baseUrl = "http://127.0.0.1:" + port;
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

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws Exception {
    await(server.stop());
    await(provider.stop());
    await(providerVertx.close());
  }
}
