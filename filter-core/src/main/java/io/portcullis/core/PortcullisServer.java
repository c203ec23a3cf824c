package io.portcullis.core;

import io.portcullis.classifiers.Classifier;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.dictionary.DictionaryDetector;
import io.portcullis.core.audit.AuditTrail;
import io.portcullis.core.config.DictionariesConfig;
import io.portcullis.core.config.PortcullisConfig;
import io.portcullis.core.dictionary.DictionaryReloads;
import io.portcullis.core.dictionary.DictionaryWatch;
import io.portcullis.core.enforce.pseudonym.Surrogates;
import io.portcullis.policies.OpaPolicyClient;
import io.portcullis.policies.PolicyClient;
import io.portcullis.policies.PolicyConfig;
import io.vertx.core.WorkerExecutor;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import io.portcullis.core.ingress.ProxyVerticle;
import io.portcullis.core.ingress.InspectSessions;
import io.portcullis.core.ops.ProxyMetrics;
import io.portcullis.core.ops.TokenMeter;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops the proxy: one Vert.x instance, one {@link ProxyVerticle} per event loop sharing
 * the port. Stopping flips readiness first, then lets open exchanges finish within the grace period.
 */
public final class PortcullisServer {
  private static final Logger LOG = LoggerFactory.getLogger(PortcullisServer.class);

  private final PortcullisConfig config;
  private final ProxyMetrics metrics = new ProxyMetrics();
  private final AtomicBoolean ready = new AtomicBoolean(false);
  private final Vertx vertx;
  private final int eventLoops;
  private Optional<OpaPolicyClient> policy = Optional.empty();
  private WorkerExecutor workers;
  private Optional<AuditTrail> audit = Optional.empty();
  private Optional<DictionaryReloads> dictionaryReloads = Optional.empty();
  private Optional<DictionaryWatch> watch = Optional.empty();

  public PortcullisServer(PortcullisConfig config) {
    // Native epoll where available (Netty's own system-call layer instead of the JDK selector, a
    // little less CPU per exchange in pass-through runs); Vert.x falls back to NIO where it cannot load.
    this(config, Vertx.vertx(new VertxOptions().setEventLoopPoolSize(Runtime.getRuntime().availableProcessors())
        .setPreferNativeTransport(true)));
  }

  public PortcullisServer(PortcullisConfig config, Vertx vertx) {
    this.config = config;
    this.vertx = vertx;
    this.eventLoops = Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  public Future<Void> start() {
    // Classifier models and dictionaries load once, off the event loops, before any listener opens.
    Optional<Classifier> classifier = config.classify() ? Optional.of(liveClassifier()) : Optional.empty();
    policy = config.policy().map(p -> new OpaPolicyClient(vertx, p));
    policy.ifPresent(p -> metrics.policyCache(p::cacheHitRatio));
    if (policy.isEmpty()) {
      LOG.warn("policy.enabled: false: exchanges are forwarded without a policy decision");
    }
    try {
      audit = config.audit().isPresent()
          ? Optional.of(AuditTrail.open(config.audit().get(), classifier.map(Classifier::catalog).orElseGet(EntityCatalog::load)))
          : Optional.empty();
    } catch (java.io.IOException e) {
      return Future.failedFuture(new IllegalStateException("audit trail cannot be opened: " + e.getMessage(), e));
    }
    if (audit.isEmpty()) {
      LOG.warn("no audit section: exchanges leave no audit records");
    }
    audit.ifPresent(a -> dictionaryReloads.ifPresent(r -> r.recordInto(a)));
    workers = vertx.createSharedWorkerExecutor("portcullis-classify", eventLoops, 30, TimeUnit.SECONDS);
    Pipelines.Services services = new Pipelines.Services(classifier, policy.map(p -> (PolicyClient) p),
        config.policy().map(PolicyConfig::onError).orElse(PolicyConfig.OnError.FAIL_CLOSED),
        new Surrogates(pseudonymKey(config)), audit, workers, metrics, new TokenMeter());
    DeploymentOptions opts = new DeploymentOptions().setInstances(eventLoops).setThreadingModel(ThreadingModel.EVENT_LOOP);
    // Inspected exchanges awaiting their answers: shared by every event loop, bounded, 10 minutes at most.
    InspectSessions inspections = new InspectSessions(10_000, 600_000);
    return vertx.deployVerticle(() -> new ProxyVerticle(config, services, ready, inspections, dictionaryReloads), opts)
        .onSuccess(id -> {
          ready.set(true);
          LOG.info("listening on http://{}:{} ({} event loops on {}, {} tenants, {} providers)", config.server().host(),
              config.server().port(), eventLoops, vertx.isNativeTransportEnabled() ? "epoll" : "NIO",
              config.tenants().size(), config.providers().size());
        })
        .mapEmpty();
  }

  /** The default detectors, plus the compliance officers' dictionaries when configured (loaded once). */
  public static Classifier classifier(PortcullisConfig config) {
    return Classifier.withDefaults(config.dictionaries().map(DictionariesConfig::directory));
  }

  /** As {@link #classifier(PortcullisConfig)}, with the dictionaries kept current while the proxy runs. */
  private Classifier liveClassifier() {
    Classifier.Builder b = Classifier.defaults();
    liveDictionaries().ifPresent(b::detector);
    return b.build();
  }

  /**
   * The officers' term lists, compiled now and kept current: reloaded when their directory is
   * edited (unless polling is off) and on {@code POST /admin/v1/dictionaries/reload}.
   */
  private Optional<DictionaryDetector> liveDictionaries() {
    if (config.dictionaries().isEmpty()) {
      return Optional.empty();
    }
    DictionariesConfig d = config.dictionaries().get();
    // Made before the compile: its snapshot of the directory must predate it (see DictionaryWatch).
    watch = d.pollMs() > 0 ? Optional.of(new DictionaryWatch(vertx, d)) : Optional.empty();
    DictionaryDetector detector = new DictionaryDetector(d.directory());
    dictionaryReloads = Optional.of(new DictionaryReloads(vertx, detector, metrics));
    watch.ifPresent(w -> w.start(dictionaryReloads.get()));
    return Optional.of(detector);
  }

  /**
   * The key surrogates are derived with. From configuration so the same value keeps its surrogate
   * across restarts and instances; without one, a random key per process (surrogates then stay
   * stable only within this process's lifetime).
   */
  public static byte[] pseudonymKey(PortcullisConfig config) {
    return config.pseudonymKey().map(k -> k.getBytes(java.nio.charset.StandardCharsets.UTF_8)).orElseGet(() -> {
      LOG.warn("no enforcement.pseudonym-key: surrogates are derived with a random per-process key");
      byte[] k = new byte[32];
      new java.security.SecureRandom().nextBytes(k);
      return k;
    });
  }

  /** Graceful: readiness goes false, listeners close, open streams get the configured grace. */
  public Future<Void> stop() {
    ready.set(false);
    watch.ifPresent(DictionaryWatch::stop);
    return vertx.close().onComplete(v -> {
      policy.ifPresent(OpaPolicyClient::close);
      audit.ifPresent(a -> {
        try {
          a.close(); // writes what is queued and signs a final checkpoint
        } catch (java.io.IOException e) {
          LOG.error("audit trail did not close cleanly: {}", e.getMessage());
        }
      });
    });
  }

  public Vertx vertx() {
    return vertx;
  }

  /** The audit trail, when configured (for the admin API, the CLI and tests). */
  public Optional<AuditTrail> audit() {
    return audit;
  }

  public ProxyMetrics metrics() {
    return metrics;
  }
}
