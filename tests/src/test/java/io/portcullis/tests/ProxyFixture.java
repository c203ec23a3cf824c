package io.portcullis.tests;

import io.portcullis.core.PortcullisServer;
import io.portcullis.core.config.ConfigLoader;
import io.portcullis.core.config.PortcullisConfig;
import io.portcullis.core.standin.StandInProvider;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.ServerSocket;
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
        tenants:
          - id: acme-cn
            region: CN
            api-keys: [ "%s" ]
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
          - id: nowhere
            style: openai
            base-url: http://127.0.0.1:%d
            region: US
            models: [ "gone-*" ]
        """.formatted(port, extraServerYaml.indent(2), CN_KEY, US_KEY, providerPort, providerPort, deadPort);
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
