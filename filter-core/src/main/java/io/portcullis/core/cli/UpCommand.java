package io.portcullis.core.cli;

import io.portcullis.core.config.PortcullisConfig;
import io.portcullis.core.config.ProviderConfig;
import io.portcullis.core.config.TenantConfig;
import io.portcullis.core.standin.StandInProvider;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code portcullis up}: the demo. Starts the local stand-in provider (real OpenAI/Anthropic wire
 * formats, no network needed) where the demo configuration's {@code demo} provider points, then the
 * proxy, and prints how to call it.
 */
@Command(name = "up", description = "Run with the demo configuration and a local stand-in provider.")
final class UpCommand implements Callable<Integer> {

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: deploy/config/portcullis.yaml).")
  Path config;

  @Override
  public Integer call() throws Exception {
    Path file = RunCommand.configOrDefault(config);
    PortcullisConfig cfg = RunCommand.load(file);
    if (cfg == null) {
      return 1;
    }
    ProviderConfig demo = cfg.providers().stream().filter(p -> p.id().equals("demo")).findFirst().orElse(null);
    if (demo != null) {
      Vertx standInVertx = Vertx.vertx();
      new StandInProvider(standInVertx).start(demo.baseUrl().getHost(), demo.baseUrl().getPort())
          .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
    if (!RunCommand.serve(cfg)) {
      return 1;
    }
    TenantConfig tenant = cfg.tenants().get(0);
    String url = "http://" + cfg.server().host() + ":" + cfg.server().port();
    String key = tenant.apiKeys().get(0);
    System.out.printf("""

        Portcullis is up at %1$s  (tenant %2$s, origin region %3$s, demo key %4$s)
        Demo provider: %5$s (stand-in, models demo-*)

        curl:
          curl -s %1$s/v1/chat/completions -H 'Authorization: Bearer %4$s' -H 'Content-Type: application/json' \\
            -d '{"model":"demo-gpt","messages":[{"role":"user","content":"Hello from Portcullis"}]}'

        OpenAI SDK (Python):
          from openai import OpenAI
          client = OpenAI(base_url="%1$s/v1", api_key="%4$s")
          for chunk in client.chat.completions.create(model="demo-gpt", stream=True,
                  messages=[{"role": "user", "content": "Hello"}]):
              print(chunk.choices[0].delta.content or "", end="")

        OpenAI SDK (Java):
          OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl("%1$s/v1").apiKey("%4$s").build();

        Metrics: %1$s/metrics   Health: %1$s/healthz   Stop: Ctrl-C
        %n""", url, tenant.id(), tenant.region(), key, demo == null ? "(none configured)" : demo.baseUrl());
    return 0;
  }
}
