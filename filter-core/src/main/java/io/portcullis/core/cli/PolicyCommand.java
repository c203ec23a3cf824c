package io.portcullis.core.cli;

import io.portcullis.policies.PolicyConfig;
import io.portcullis.policies.PolicyEval;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code portcullis policy eval FILE.json}: the decision the real OPA gives for a decision input.
 * The launcher starts OPA first if it is not running ({@code policy test} is the launcher's own).
 */
@Command(name = "policy", description = "Ask the policies.", subcommands = PolicyCommand.Eval.class)
final class PolicyCommand {

  @Command(name = "eval", description = "Print the decision JSON for a decision input file (exit 0 decided, 2 bad input, 3 no decision).")
  static final class Eval implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.json", description = "A decision input (policies/schema/decision-input.schema.json).")
    Path file;

    @Option(names = "--opa-url", description = "OPA's address (default: $PORTCULLIS_OPA_URL or http://127.0.0.1:8181).")
    String opaUrl;

    @Override
    public Integer call() {
      String url = opaUrl != null ? opaUrl
          : System.getenv().getOrDefault("PORTCULLIS_OPA_URL", PolicyConfig.DEFAULT_OPA_URL);
      return PolicyEval.run(file, new PolicyConfig(url, 5_000, PolicyConfig.OnError.FAIL_CLOSED), System.out, System.err);
    }
  }
}
