package io.portcullis.core;

import io.portcullis.core.config.PortcullisConfig;
import io.portcullis.core.ingress.ProxyVerticle;
import io.portcullis.core.ops.ProxyMetrics;
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

  public PortcullisServer(PortcullisConfig config) {
    this(config, Vertx.vertx(new VertxOptions().setEventLoopPoolSize(Runtime.getRuntime().availableProcessors())));
  }

  public PortcullisServer(PortcullisConfig config, Vertx vertx) {
    this.config = config;
    this.vertx = vertx;
    this.eventLoops = Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  public Future<Void> start() {
    DeploymentOptions opts = new DeploymentOptions().setInstances(eventLoops).setThreadingModel(ThreadingModel.EVENT_LOOP);
    return vertx.deployVerticle(() -> new ProxyVerticle(config, metrics, ready, Pipelines::requestPath), opts)
        .onSuccess(id -> {
          ready.set(true);
          LOG.info("listening on http://{}:{} ({} event loops, {} tenants, {} providers)", config.server().host(),
              config.server().port(), eventLoops, config.tenants().size(), config.providers().size());
        })
        .mapEmpty();
  }

  /** Graceful: readiness goes false, listeners close, open streams get the configured grace. */
  public Future<Void> stop() {
    ready.set(false);
    return vertx.close();
  }

  public Vertx vertx() {
    return vertx;
  }

  public ProxyMetrics metrics() {
    return metrics;
  }
}
