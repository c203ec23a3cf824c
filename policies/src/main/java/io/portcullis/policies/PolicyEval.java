package io.portcullis.policies;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * {@code deploy/portcullis policy eval FILE.json}: reads a decision input, asks the real OPA (which the
 * launcher has started) and prints the decision JSON. Exit codes: 0 a decision was printed (whatever
 * the action), 2 the input file is unreadable or does not fit the contract, 3 no decision (OPA down,
 * undefined, malformed, timeout) with the reason on stderr.
 */
public final class PolicyEval {

  static final int MAX_INPUT_BYTES = 1 << 20;
  static final long CLI_TIMEOUT_MS = 5_000;

  private PolicyEval() {
  }

  public static int run(Path inputFile, PolicyConfig config, PrintStream out, PrintStream err) {
    DecisionInput input;
    try {
      if (Files.size(inputFile) > MAX_INPUT_BYTES) {
        err.println("policy eval: " + inputFile + " is larger than " + MAX_INPUT_BYTES + " bytes");
        return 2;
      }
      input = DecisionJson.input(Files.readAllBytes(inputFile));
    } catch (IOException | RuntimeException e) {
      err.println("policy eval: cannot read a decision input from " + inputFile + ": " + e.getMessage());
      return 2;
    }
    Vertx vertx = Vertx.vertx();
    // One question: no cache, no background revision check.
    try (OpaPolicyClient client = new OpaPolicyClient(vertx, config,
        ClientLimits.defaults().withCacheEntries(0).withRevisionCheckMs(0))) {
      Decision decision = client.decide(input).toCompletionStage().toCompletableFuture()
          .get(config.timeoutMs() + 1_000, TimeUnit.MILLISECONDS);
      out.println(DecisionJson.pretty(decision));
      return 0;
    } catch (ExecutionException e) {
      err.println("policy eval: " + e.getCause().getMessage());
      return 3;
    } catch (java.util.concurrent.TimeoutException e) {
      err.println("policy eval: no decision within " + config.timeoutMs() + " ms");
      return 3;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 3;
    } finally {
      vertx.close();
    }
  }

  /** Standalone entry: {@code PolicyEval FILE.json [OPA_URL]}; the URL defaults to $PORTCULLIS_OPA_URL. */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: PolicyEval FILE.json [OPA_URL]");
      System.exit(2);
    }
    String env = System.getenv("PORTCULLIS_OPA_URL");
    String url = args.length == 2 ? args[1] : env != null ? env : PolicyConfig.DEFAULT_OPA_URL;
    System.exit(run(Path.of(args[0]), new PolicyConfig(url, CLI_TIMEOUT_MS, PolicyConfig.OnError.FAIL_CLOSED),
        System.out, System.err));
  }
}
