package io.portcullis.core.dictionary;

import io.portcullis.classifiers.dictionary.DictionaryDetector;
import io.portcullis.core.audit.AuditTrail;
import io.portcullis.core.ops.ProxyMetrics;
import io.portcullis.core.ops.RequestIds;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a dictionary reload off the event loops and says how it went: one log line, the
 * {@code portcullis_dictionary_reloads_total{outcome}} counter, and an {@link Outcome} for whoever
 * asked (the directory watch, an operator over the admin API). {@link DictionaryDetector#reload()}
 * compiles the whole directory before it swaps, so a classification in flight sees the old terms or
 * the new ones, and a broken list leaves the old ones active.
 */
public final class DictionaryReloads {
  private static final Logger LOG = LoggerFactory.getLogger(DictionaryReloads.class);
  /** What an audit record of a reload is filed under. */
  public static final String RECORD_API = "admin/dictionaries/reload";

  /**
   * @param terms   terms active after the attempt (the previous count when rejected)
   * @param problem when rejected, what is wrong: the file, the line and why; else null
   */
  public record Outcome(boolean ok, int terms, int previousTerms, String problem) {}

  private final DictionaryDetector detector;
  private final ProxyMetrics metrics;
  /**
   * One thread of its own: compiling thousands of terms keeps a core busy for a while, and on the
   * classify workers it would hold up exchanges; reloads asked for meanwhile wait their turn.
   */
  private final WorkerExecutor worker;
  /** Where each reload is recorded once the audit trail is open (it opens after the classifier). */
  private volatile AuditTrail trail;

  public DictionaryReloads(Vertx vertx, DictionaryDetector detector, ProxyMetrics metrics) {
    this.detector = detector;
    this.metrics = metrics;
    this.worker = vertx.createSharedWorkerExecutor("portcullis-dictionaries", 1, 5, TimeUnit.MINUTES);
    metrics.dictionaries(detector::termCount);
  }

  /**
   * From now on every reload leaves an audit record: the dictionaries decide what is found, so what
   * is decided, and an auditor must see when and by whom they changed, and whether the change took.
   */
  public void recordInto(AuditTrail trail) {
    this.trail = trail;
  }

  /** @param trigger who or what asked, for the log line and the audit record */
  public Future<Outcome> reload(String trigger) {
    return worker.executeBlocking(() -> reloadNow(trigger), true);
  }

  private Outcome reloadNow(String trigger) {
    Outcome o = attempt(trigger);
    AuditTrail t = trail;
    if (t != null) {
      List<String> codes = new ArrayList<>(List.of("trigger:" + trigger, "outcome:" + (o.ok() ? "ok" : "rejected"),
          "terms:" + o.terms(), "previous_terms:" + o.previousTerms()));
      if (o.problem() != null) {
        codes.add("problem:" + o.problem());
      }
      t.administrative(RequestIds.fromHeader(null), RECORD_API, codes)
          .exceptionally(err -> {
            metrics.auditFailure("dictionary_reload");
            LOG.error("dictionary reload ({}) could not be recorded in the audit trail: {}", trigger, err.toString());
            return null;
          });
    }
    return o;
  }

  private Outcome attempt(String trigger) {
    long start = System.nanoTime();
    int before = detector.termCount();
    try {
      int after = detector.reload();
      metrics.dictionaryReload(true);
      LOG.info("dictionaries reloaded ({}): {} terms active, {} before, compiled in {} ms", trigger, after, before,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      return new Outcome(true, after, before, null);
    } catch (RuntimeException e) {
      String problem = problem(e);
      metrics.dictionaryReload(false);
      LOG.warn("dictionaries not reloaded ({}), the previous {} terms stay active: {}", trigger, before, problem);
      return new Outcome(false, before, before, problem);
    }
  }

  private static String problem(RuntimeException e) {
    if (e instanceof IllegalArgumentException) {
      return e.getMessage(); // "dictionary <file>:<line>: <why>", from the classifiers
    }
    // An I/O failure names the directory; its cause names the file and what happened to it.
    return e instanceof UncheckedIOException ? e.getMessage() + ": " + e.getCause() : e.toString();
  }
}
