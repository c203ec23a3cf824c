package io.portcullis.core.cli;

import io.portcullis.core.PortcullisServer;
import io.portcullis.core.ExplainRequest;
import io.portcullis.core.Explainer;
import io.portcullis.core.Pipelines;
import io.portcullis.core.config.PortcullisConfig;
import io.portcullis.core.enforce.pseudonym.Surrogates;
import io.portcullis.core.ops.ProxyMetrics;
import io.portcullis.core.pipeline.ParseRequest;
import io.portcullis.core.upstream.ProviderRegistry;
import io.portcullis.policies.OpaPolicyClient;
import io.portcullis.policies.PolicyClient;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code portcullis explain --tenant T --model M} with the text on stdin: the findings, the policy
 * input, the real OPA's decision and the rewritten request, computed by the proxy's own stages.
 * Nothing is sent upstream and nothing is audited.
 */
@Command(name = "explain", description = "Show what would happen to a prompt (stdin) from a tenant to a model, and why.")
final class ExplainCommand implements Callable<Integer> {

  @Option(names = "--tenant", required = true) String tenant;
  @Option(names = "--model", required = true) String model;
  @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: deploy/config/portcullis.yaml).")
  Path config;

  @Override
  public Integer call() throws Exception {
    Path file = RunCommand.configOrDefault(config);
    PortcullisConfig cfg = RunCommand.load(file, false);
    if (cfg == null) {
      return 1;
    }
    String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    Vertx vertx = Vertx.vertx();
    Optional<OpaPolicyClient> policy = cfg.policy().map(p -> new OpaPolicyClient(vertx, p));
    WorkerExecutor workers = vertx.createSharedWorkerExecutor("explain", 1);
    try {
      byte[] key = PortcullisServer.pseudonymKey(cfg);
      Pipelines.Services services = new Pipelines.Services(Optional.of(PortcullisServer.classifier(cfg)),
          policy.map(p -> (PolicyClient) p), cfg.policy().map(p -> p.onError()).orElse(null), new Surrogates(key),
          Optional.empty(), workers, new ProxyMetrics(), new io.portcullis.core.ops.TokenMeter());
      Explainer explainer = new Explainer(new ParseRequest(cfg.server().maxJsonDepth()),
          new ProviderRegistry(cfg.providers()), services, cfg.tenants());
      var report = explainer.explain(ExplainRequest.of(tenant, model, text))
          .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      System.out.println(report.toPrettyString());
      return 0;
    } catch (java.util.concurrent.ExecutionException e) {
      System.err.println("explain: " + e.getCause().getMessage());
      return 1;
    } finally {
      policy.ifPresent(OpaPolicyClient::close);
      vertx.close();
    }
  }
}
