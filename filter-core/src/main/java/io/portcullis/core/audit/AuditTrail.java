package io.portcullis.core.audit;

import io.portcullis.audit.AuditLog;
import io.portcullis.audit.AuditLogConfig;
import io.portcullis.audit.crypto.ValueHmac;
import io.portcullis.audit.elasticsearch.ElasticsearchAuditStore;
import io.portcullis.audit.elasticsearch.ElasticsearchSettings;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.Finding;
import io.portcullis.audit.model.RecordKind;
import io.portcullis.audit.store.AuditStore;
import io.portcullis.audit.store.lucene.LuceneAuditStore;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.core.pipeline.Exchange;
import io.portcullis.core.pipeline.SegmentFindings;
import io.portcullis.policies.Decision;
import io.vertx.core.Future;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The proxy's side of the audit trail: turns an exchange into a decision record (before anything
 * leaves) and a completion record (after the answer), holding types, counts, keyed HMACs of values
 * and content hashes, never a value or a text.
 */
public final class AuditTrail implements AutoCloseable {
  private final AuditLog log;
  private final AuditStore store;
  private final ValueHmac hmac;
  private final EntityCatalog catalog;

  private AuditTrail(AuditLog log, AuditStore store, ValueHmac hmac, EntityCatalog catalog) {
    this.log = log;
    this.store = store;
    this.hmac = hmac;
    this.catalog = catalog;
  }

  /** Recovers the spool (signing a checkpoint over anything recovered) and starts shipping. Blocking: call at start-up. */
  public static AuditTrail open(AuditSettings s, EntityCatalog catalog) throws IOException {
    AuditStore store = s.elasticsearch().isPresent()
        ? ElasticsearchAuditStore.openDeferred(ElasticsearchSettings.of(s.elasticsearch().get().toString()))
        : LuceneAuditStore.open(s.storeDir());
    AuditLog log = AuditLog.open(AuditLogConfig.defaults(s.spoolDir(), s.instance(), s.keyFile(), s.suite())
        .withRecordSignatures(s.recordSignatures()), store);
    return new AuditTrail(log, store, ValueHmac.fromKeyFile(s.hmacKeyFile()), catalog);
  }

  public AuditLog log() {
    return log;
  }

  public AuditStore store() {
    return store;
  }

  public ValueHmac hmac() {
    return hmac;
  }

  /** Durable before the returned future completes; a failure means the exchange must not go ahead. */
  /**
   * An administrative act on this proxy that changes what it decides from now on (a dictionary
   * reload): an access-kind record under {@code api}, with who or what did it and how it went as codes.
   * Durable like every record; nobody waits for it on the request path.
   */
  public java.util.concurrent.CompletableFuture<AuditRecord> administrative(String requestId, String api, List<String> codes) {
    return log.append(AuditRecord.builder().time(Instant.now()).kind(RecordKind.ACCESS).requestId(requestId)
        .api(api).reasonCodes(codes).build());
  }

  public Future<AuditRecord> decision(Exchange ex) {
    Decision d = ex.decision();
    List<String> reasons = new ArrayList<>();
    if (d != null) {
      d.reasons().forEach(r -> reasons.add(r.code()));
    }
    if (ex.policyNote() != null) {
      reasons.add(ex.policyNote().startsWith("fail-open") ? "POLICY_UNAVAILABLE_FAIL_OPEN" : ex.policyNote());
    }
    if (ex.refusal() != null && ex.refusal().status() == 503) {
      reasons.add("POLICY_UNAVAILABLE");
    }
    AuditRecord draft = common(ex, RecordKind.DECISION)
        .action(action(ex))
        .reasonCodes(reasons)
        .policyRevision(d == null ? null : d.revision())
        .findings(findings(ex.requestFindings()))
        .valueHmacs(valueHmacs(ex.requestFindings()))
        .requestHash(requestHash(ex))
        .build();
    return onCaller(log.append(draft));
  }

  /**
   * The audit log completes appends on its writer thread; whatever the caller chains next (forwarding
   * upstream, answering) must run on the caller's event loop, or a provider's response can arrive and
   * end before the relay has attached its handlers. So the completion is handed back to that context.
   */
  public static <T> Future<T> onCaller(java.util.concurrent.CompletionStage<T> stage) {
    io.vertx.core.Context ctx = io.vertx.core.Vertx.currentContext();
    return ctx == null ? Future.fromCompletionStage(stage) : Future.fromCompletionStage(stage, ctx);
  }

  /** Aggregations as JSON, the same for the CLI and the admin API. */
  public static com.fasterxml.jackson.databind.node.ObjectNode toJson(io.portcullis.audit.store.AuditAggregations a) {
    var out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    for (var e : List.of(Map.entry("by_route", a.byRoute()), Map.entry("by_action", a.byAction()),
        Map.entry("by_entity_type", a.byEntityType()))) {
      var arr = out.putArray(e.getKey());
      e.getValue().forEach(b -> arr.addObject().put("key", b.key()).put("records", b.records()).put("exchanges", b.exchanges())
          .put("input_tokens", b.inputTokens()).put("output_tokens", b.outputTokens()));
    }
    return out;
  }

  /** After the answer: status, latency, tokens, answer hash. Never blocks the caller's answer. */
  public Future<AuditRecord> completion(Exchange ex, int status, String answerHash, Long inputTokens, Long outputTokens,
                                       List<SegmentFindings> answerFindings) {
    // Values the response policy redacted from the answer are named by its reason codes and revision.
    List<String> reasons = new ArrayList<>();
    Decision answer = ex.answerDecision();
    if (answer != null && ex.answerRedactions().get() > 0) {
      answer.reasons().forEach(r -> reasons.add(r.code()));
    }
    AuditRecord draft = common(ex, RecordKind.COMPLETION)
        .direction("response")
        .action(action(ex))
        .reasonCodes(reasons)
        .policyRevision(answer == null ? null : answer.revision())
        .findings(findings(answerFindings))
        .status(status)
        .latencyMs((System.nanoTime() - ex.startNanos()) / 1_000_000)
        .answerHash(answerHash)
        .requestHash(requestHash(ex))
        .inputTokens(inputTokens)
        .outputTokens(outputTokens)
        .build();
    // Nobody waits on it: it shares the next decision record's flush instead of delaying it, and its
    // outcome (only counted on failure) is not handed back to the event loop, which would cost a
    // wake-up of that loop per exchange for nothing.
    return Future.fromCompletionStage(log.appendDeferrable(draft));
  }

  private static AuditRecord.Builder common(Exchange ex, RecordKind kind) {
    return AuditRecord.builder()
        .time(Instant.now())
        .kind(kind)
        .requestId(ex.requestId())
        .tenant(ex.tenant().id())
        .originRegion(ex.tenant().region())
        .provider(ex.provider() == null ? null : ex.provider().id())
        .destinationRegion(ex.provider() == null ? null : ex.provider().region())
        .model(ex.model())
        .reroutedFrom(ex.reroutedFrom())
        .api(ex.api().label())
        .direction("request");
  }

  /** What was done: the enforced action, "shadow:<action>" in shadow mode, "refuse" without a decision. */
  private static String action(Exchange ex) {
    if (ex.decision() == null) {
      return ex.refusal() != null ? "refuse" : ex.policyNote() != null ? "allow_fail_open" : "allow_no_policy";
    }
    String a = ex.decision().action().name().toLowerCase(Locale.ROOT);
    return ex.shadow() ? "shadow:" + a : a;
  }

  private List<Finding> findings(List<SegmentFindings> found) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (SegmentFindings sf : found) {
      sf.findings().forEach(f -> counts.computeIfAbsent(f.type(), t -> new long[1])[0]++);
    }
    List<Finding> out = new ArrayList<>();
    counts.forEach((type, n) -> {
      var t = catalog.type(type);
      out.add(new Finding(type, t == null ? "UNKNOWN" : t.category(), t == null ? "0" : Integer.toString(t.level()), n[0]));
    });
    return out;
  }

  private List<String> valueHmacs(List<SegmentFindings> found) {
    Set<String> out = new LinkedHashSet<>();
    for (SegmentFindings sf : found) {
      String text = sf.segment().text();
      sf.findings().forEach(f -> out.add(hmac.hmac(text.substring(f.start(), f.end()))));
    }
    return List.copyOf(out);
  }

  /** The request's content hash, computed once per exchange (both of its records carry it). */
  private static String requestHash(Exchange ex) {
    if (ex.requestHash() == null) {
      ex.requestHash(sha256(ex.rawBody().getBytes()));
    }
    return ex.requestHash();
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    log.close();
    if (store instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
  }
}
