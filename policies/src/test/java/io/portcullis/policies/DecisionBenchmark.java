package io.portcullis.policies;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Decision latency through {@link OpaPolicyClient} against the real OPA on loopback: answered from the
 * cache, and uncached (cache off, one Data API call per decision). Run with policies/bench/run.sh.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionBenchmark {

  private Path state;
  private RealOpa opa;
  private RealOpa constantOpa;
  private OpaPolicyClient constant;
  private Vertx vertx;
  private OpaPolicyClient cached;
  private OpaPolicyClient uncached;
  private DecisionInput input;

  @Setup(Level.Trial)
  public void start() throws Exception {
    state = Files.createTempDirectory("opa-bench");
    vertx = Vertx.vertx();
    try {
      opa = RealOpa.start(state.resolve("opa"));
      constantOpa = RealOpa.start(constantPolicy(state.resolve("constant")), state.resolve("constant-state"), false);
      connect();
    } catch (Exception | Error e) {
      stop(); // JMH skips the teardown of a failed setup; OPA must not outlive the run
      throw e;
    }
  }

  private void connect() throws java.io.IOException {
    // A generous timeout: the first calls of a cold JVM on a busy 2-core machine are slow, and a
    // timeout here would abort the run instead of measuring it.
    PolicyConfig config = new PolicyConfig(opa.url(), 5_000, PolicyConfig.OnError.FAIL_CLOSED);
    cached = new OpaPolicyClient(vertx, config);
    uncached = new OpaPolicyClient(vertx, config, ClientLimits.defaults().withCacheEntries(0));
    constant = new OpaPolicyClient(vertx, new PolicyConfig(constantOpa.url(), 5_000, PolicyConfig.OnError.FAIL_CLOSED),
        ClientLimits.defaults().withCacheEntries(0));
    // A CN tenant's prompt with a resident ID, a name and a phone number bound for a US model; the same
    // file is what run.sh hands to `opa bench --e2e` for OPA's own share of the time.
    input = DecisionJson.input(Files.readAllBytes(RealOpa.policyDir().resolve("bench/decision-input.json")));
    for (OpaPolicyClient client : List.of(cached, uncached)) {
      Decision first = join(client.decide(input));
      if (first.action() != Action.PSEUDONYMIZE) {
        throw new IllegalStateException("unexpected decision " + first);
      }
    }
    join(constant.decide(input));
  }

  /**
   * A policy set whose decision is a constant: the same HTTP exchange and parsing with almost no
   * evaluation, which separates the client's and HTTP's share from OPA's evaluation of the rules.
   */
  private static Path constantPolicy(Path dir) throws java.io.IOException {
    Files.createDirectories(dir.resolve("rego"));
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("rego/constant.rego"), """
        package portcullis.decision

        result := {"action": "allow", "targets": [], "reroute": {"regions": [], "providers": []},
        	"reasons": [], "obligations": [], "revision": "constant"}
        """);
    return dir;
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    if (cached != null) {
      System.out.printf("%n# cache hit ratio of the cached client: %.6f%n", cached.cacheHitRatio());
      cached.close();
    }
    if (uncached != null) {
      uncached.close();
    }
    if (constant != null) {
      constant.close();
    }
    vertx.close().await();
    for (RealOpa server : new RealOpa[] {opa, constantOpa}) {
      if (server != null) {
        server.close();
      }
    }
    try (var files = Files.walk(state)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static Decision join(Future<Decision> future) {
    return future.toCompletionStage().toCompletableFuture().join();
  }

  @Benchmark
  @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
  public Decision cachedDecision() {
    // A cache hit completes the future before decide returns; join only reads it.
    return join(cached.decide(input));
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public Decision uncachedDecisionOverLoopback() {
    return join(uncached.decide(input));
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public Decision uncachedConstantPolicyOverLoopback() {
    return join(constant.decide(input));
  }
}
