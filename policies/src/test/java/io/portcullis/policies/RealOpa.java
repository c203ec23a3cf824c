package io.portcullis.policies;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A real OPA for a test, started and stopped by the same deploy/lib/opa.sh functions the launcher uses
 * (so the suites also test the provisioning), on a free port with a private state directory.
 */
final class RealOpa implements AutoCloseable {

  private final Path state;
  private final Map<String, String> env;
  final int port;

  private RealOpa(Path state, Map<String, String> env, int port) {
    this.state = state;
    this.env = env;
    this.port = port;
  }

  static Path repoRoot() {
    String configured = System.getProperty("portcullis.root");
    Path root = configured != null ? Path.of(configured) : Path.of("..");
    return root.toAbsolutePath().normalize();
  }

  static Path policyDir() {
    return repoRoot().resolve("policies");
  }

  /**
   * The opa binary the test step provisioned ($PORTCULLIS_OPA_BIN), else the launcher's cache. Missing
   * OPA skips locally but fails under CI=true: a CI run that never met OPA must not look green.
   */
  static Path binary() {
    String provisioned = System.getenv("PORTCULLIS_OPA_BIN");
    if (provisioned != null && Files.isExecutable(Path.of(provisioned))) {
      return Path.of(provisioned);
    }
    Path cached = repoRoot().resolve("deploy/.cache/opa-" + pinnedVersion() + "/opa");
    if (Files.isExecutable(cached)) {
      return cached;
    }
    String why = "no OPA binary: set PORTCULLIS_OPA_BIN or run `. deploy/lib/opa.sh && portcullis_opa_bin` "
        + "(looked for " + cached + ")";
    if ("true".equals(System.getenv("CI"))) {
      fail(why);
    }
    Assumptions.abort(why);
    return null;
  }

  static String pinnedVersion() {
    try {
      String script = Files.readString(repoRoot().resolve("deploy/lib/opa.sh"));
      Matcher m = Pattern.compile("(?m)^PORTCULLIS_OPA_VERSION=\"([^\"]+)\"").matcher(script);
      if (!m.find()) {
        throw new IllegalStateException("deploy/lib/opa.sh pins no PORTCULLIS_OPA_VERSION");
      }
      return m.group(1);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Starts OPA with the repository's policies (watching off: nothing changes under these suites). */
  static RealOpa start(Path state) throws Exception {
    return start(policyDir(), state, false);
  }

  static RealOpa start(Path policies, Path state, boolean watch) throws Exception {
    Map<String, String> env = Map.of(
        "PORTCULLIS_ROOT", repoRoot().toString(),
        "PORTCULLIS_OPA_BIN", binary().toString(),
        "PORTCULLIS_POLICY_DIR", policies.toString(),
        "PORTCULLIS_OPA_STATE", state.toString(),
        "PORTCULLIS_OPA_WATCH", watch ? "1" : "0");
    RealOpa opa = new RealOpa(state, env, freePort());
    opa.script("portcullis_opa_start " + opa.port);
    // Safety net: an OPA must not outlive the test JVM even when a test forgets to close it.
    Runtime.getRuntime().addShutdownHook(opa.stopAtExit);
    return opa;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  private void script(String command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c",
        "set -euo pipefail; . \"$PORTCULLIS_ROOT/deploy/lib/opa.sh\"; " + command);
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      fail("`" + command + "` failed: " + new String(output, StandardCharsets.UTF_8)
          + "\nOPA log: " + log());
    }
  }

  String log() {
    try {
      return Files.readString(state.resolve("opa.log"));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private final Thread stopAtExit = new Thread(() -> {
    try {
      script("portcullis_opa_stop");
    } catch (Exception | AssertionError ignored) {
      // the JVM is exiting; nothing else can be done
    }
  });

  @Override
  public void close() throws Exception {
    script("portcullis_opa_stop");
    try {
      Runtime.getRuntime().removeShutdownHook(stopAtExit);
    } catch (IllegalStateException exiting) {
      // already shutting down: the hook runs anyway and finds OPA stopped
    }
  }
}
