package io.portcullis.core.cli;

import io.portcullis.core.PortcullisServer;
import io.portcullis.core.config.ConfigException;
import io.portcullis.core.config.ConfigLoader;
import io.portcullis.core.config.ConfigProblem;
import io.portcullis.core.config.PortcullisConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code portcullis run --config FILE}: validate, start, serve until stopped (SIGTERM stops gracefully). */
@Command(name = "run", description = "Run the proxy with a configuration file.")
final class RunCommand implements Callable<Integer> {
  private static volatile boolean serving;

  @Option(names = "--config", required = true, paramLabel = "FILE", description = "YAML configuration.")
  Path config;

  static boolean serving() {
    return serving;
  }

  @Override
  public Integer call() throws Exception {
    PortcullisConfig cfg = load(config);
    if (cfg == null) {
      return 1;
    }
    return serve(cfg) ? 0 : 1;
  }

  /** Loads a configuration, printing problems to stderr; null when it has fatal ones. */
  /** The given file, else the demo configuration of the checkout the launcher runs from. */
  static Path configOrDefault(Path given) {
    return given != null ? given
        : ProjectRoot.resolve(System.getenv(), "deploy", "config", "portcullis.yaml");
  }

  static PortcullisConfig load(Path file) {
    return load(file, true);
  }

  /** As {@link #load(Path)}; tools that only read the audit trail skip the warnings about serving. */
  static PortcullisConfig load(Path file, boolean printWarnings) {
    List<ConfigProblem> warnings = new ArrayList<>();
    try {
      PortcullisConfig cfg = ConfigLoader.fromSystemEnv().load(file, warnings);
      if (printWarnings) {
        warnings.forEach(w -> System.err.println("warning: " + w));
      }
      return cfg;
    } catch (ConfigException e) {
      e.problems().forEach(p -> System.err.println(p));
      return null;
    }
  }

  static boolean serve(PortcullisConfig cfg) throws Exception {
    PortcullisServer server = new PortcullisServer(cfg);
    try {
      server.start().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      System.err.println("portcullis: could not start on " + cfg.server().host() + ":" + cfg.server().port() + ": "
          + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
      server.stop();
      return false;
    }
    serving = true;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.stop().toCompletionStage().toCompletableFuture()
            .get(cfg.server().shutdownGraceMs() + 5_000, TimeUnit.MILLISECONDS);
      } catch (Exception ignored) {
        // Exiting anyway; the grace period has passed.
      }
    }, "portcullis-shutdown"));
    return true;
  }
}
