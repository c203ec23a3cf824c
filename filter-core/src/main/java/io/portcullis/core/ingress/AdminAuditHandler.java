package io.portcullis.core.ingress;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.audit.crypto.AuditPublicKey;
import io.portcullis.audit.json.RecordCodec;
import io.portcullis.audit.model.AuditRecord;
import io.portcullis.audit.model.RecordKind;
import io.portcullis.audit.store.AuditQuery;
import io.portcullis.audit.store.SearchPage;
import io.portcullis.audit.store.SortKey;
import io.portcullis.audit.verify.AuditVerifier;
import io.portcullis.audit.verify.VerificationResult;
import io.portcullis.core.api.ApiError;
import io.portcullis.core.audit.AuditTrail;
import io.portcullis.core.config.AuditorConfig;
import io.portcullis.core.config.ProviderStyle;
import io.portcullis.core.ops.RequestIds;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code GET /admin/v1/audit/{records,aggregations,verify,keys}} for auditors. A tenant-scoped
 * auditor sees only its tenant's records. Every query leaves an access record on the trail first
 * (who, which endpoint, which filters), so the trail shows who looked at it. Store reads are
 * blocking I/O and run on the worker pool.
 */
public final class AdminAuditHandler implements Handler<HttpServerRequest> {
  public static final String PREFIX = "/admin/v1/audit/";
  private static final Set<String> FILTERS = Set.of("from", "to", "tenant", "origin", "destination", "provider", "model",
      "action", "entity_type", "reason_code", "request_id", "content_hash", "value", "instance", "kind", "size",
      "search_after");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ApiKeyDirectory<AuditorConfig> auditors;
  private final AuditTrail trail;
  private final WorkerExecutor workers;

  public AdminAuditHandler(List<AuditorConfig> auditors, AuditTrail trail, WorkerExecutor workers) {
    this.auditors = new ApiKeyDirectory<>(auditors, AuditorConfig::apiKeys);
    this.trail = trail;
    this.workers = workers;
  }

  @Override
  public void handle(HttpServerRequest req) {
    String requestId = RequestIds.fromHeader(req.getHeader(Responses.REQUEST_ID));
    Optional<AuditorConfig> auditor = auditors.authenticate(req);
    if (auditor.isEmpty()) {
      fail(req, new ApiError(401, "invalid_auditor_key", "an auditor key is required (Authorization: Bearer <key>)"), requestId);
      return;
    }
    String endpoint = req.path().substring(PREFIX.length());
    AuditQuery query;
    try {
      query = query(req.params(), auditor.get());
    } catch (ApiError e) {
      fail(req, e, requestId);
      return;
    }
    Callable<ObjectNode> work = switch (endpoint) {
      case "records" -> () -> records(query);
      case "aggregations" -> () -> aggregations(query);
      case "verify" -> () -> verify(query);
      case "keys" -> this::keys;
      default -> null;
    };
    if (work == null) {
      fail(req, new ApiError(404, "not_found", "no such audit endpoint: " + req.path()), requestId);
      return;
    }
    recordAccess(auditor.get(), endpoint, req.params(), requestId)
        .compose(v -> workers.executeBlocking(work, false))
        .onSuccess(body -> req.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
            .putHeader(Responses.REQUEST_ID, requestId).end(body.toString()))
        .onFailure(err -> fail(req, err instanceof ApiError e ? e
            : new ApiError(503, "audit_store_unavailable", "the audit store could not answer: " + err.getMessage()), requestId));
  }

  /** The access record is durable before any record is read. */
  private Future<Void> recordAccess(AuditorConfig auditor, String endpoint, MultiMap params, String requestId) {
    List<String> codes = new ArrayList<>();
    codes.add("auditor:" + auditor.id());
    params.names().stream().filter(FILTERS::contains).sorted().forEach(n -> codes.add("filter:" + n));
    AuditRecord draft = AuditRecord.builder().time(Instant.now()).kind(RecordKind.ACCESS).requestId(requestId)
        .tenant(auditor.tenant().orElse(null)).api("admin/audit/" + endpoint).reasonCodes(codes).build();
    return AuditTrail.onCaller(trail.log().append(draft)).mapEmpty();
  }

  private AuditQuery query(MultiMap p, AuditorConfig auditor) {
    String tenant = p.get("tenant");
    if (auditor.tenant().isPresent()) {
      if (tenant != null && !tenant.equals(auditor.tenant().get())) {
        throw new ApiError(403, "tenant_out_of_scope", "this auditor may only read tenant '" + auditor.tenant().get() + "'");
      }
      tenant = auditor.tenant().get();
    }
    AuditQuery.Builder q = AuditQuery.builder().from(instant(p, "from")).to(instant(p, "to")).tenant(tenant)
        .originRegion(p.get("origin")).destinationRegion(p.get("destination")).provider(p.get("provider"))
        .model(p.get("model")).action(p.get("action")).entityType(p.get("entity_type")).reasonCode(p.get("reason_code"))
        .requestId(p.get("request_id")).contentHash(p.get("content_hash")).instance(p.get("instance")).kind(p.get("kind"));
    if (p.get("value") != null) {
      q.valueHmac(trail.hmac().hmac(p.get("value")));
    }
    if (p.get("size") != null) {
      try {
        q.size(Math.max(1, Math.min(AuditQuery.MAX_SIZE, Integer.parseInt(p.get("size")))));
      } catch (NumberFormatException e) {
        throw ApiError.badRequest("invalid_size", "size must be a number");
      }
    }
    if (p.get("search_after") != null) {
      try {
        q.searchAfter(SortKey.parse(p.get("search_after")));
      } catch (RuntimeException e) {
        throw ApiError.badRequest("invalid_cursor", "search_after is not a cursor from a previous page");
      }
    }
    return q.build();
  }

  private static Instant instant(MultiMap p, String name) {
    String v = p.get(name);
    try {
      return v == null ? null : Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest("invalid_" + name, name + " must be an ISO-8601 instant such as 2026-11-23T00:00:00Z");
    }
  }

  private ObjectNode records(AuditQuery q) throws Exception {
    SearchPage page = trail.store().search(q);
    ObjectNode out = JSON.createObjectNode();
    ArrayNode arr = out.putArray("records");
    for (AuditRecord r : page.records()) {
      arr.add(JSON.readTree(RecordCodec.toCanonicalJson(r)));
    }
    if (page.nextCursor() != null && !page.records().isEmpty()) {
      out.put("search_after", page.nextCursor().toString());
    }
    return out;
  }

  private ObjectNode aggregations(AuditQuery q) throws Exception {
    return AuditTrail.toJson(trail.store().aggregate(q));
  }

  private ObjectNode verify(AuditQuery q) throws Exception {
    List<VerificationResult> results = q.instance() != null
        ? List.of(AuditVerifier.verify(trail.store(), trail.log().keys(), q.instance(), q.from(), q.to()))
        : AuditVerifier.verifyAll(trail.store(), trail.log().keys(), q.from(), q.to());
    ObjectNode out = JSON.createObjectNode();
    out.put("intact", !results.isEmpty() && results.stream().allMatch(VerificationResult::intact));
    ArrayNode arr = out.putArray("instances");
    results.forEach(r -> arr.addObject().put("instance", r.instance()).put("intact", r.intact())
        .put("records_checked", r.recordsChecked()).put("checkpoints_checked", r.checkpointsChecked())
        .put("summary", r.summary()));
    return out;
  }

  private ObjectNode keys() {
    ObjectNode out = JSON.createObjectNode();
    ArrayNode arr = out.putArray("keys");
    for (AuditPublicKey k : trail.log().keys().publicKeys()) {
      arr.addObject().put("key_id", k.keyId()).put("suite", k.suite().name().toLowerCase(java.util.Locale.ROOT)).put("pem", k.pem());
    }
    return out;
  }

  private static void fail(HttpServerRequest req, ApiError e, String requestId) {
    Responses.error(req.response(), ProviderStyle.OPENAI, e, requestId);
  }
}
