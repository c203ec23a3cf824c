package io.portcullis.core.ingress;

import io.portcullis.core.api.ApiError;
import io.portcullis.core.config.AuditorConfig;
import io.portcullis.core.config.ProviderStyle;
import io.portcullis.core.dictionary.DictionaryReloads;
import io.portcullis.core.ops.RequestIds;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /admin/v1/dictionaries/reload}: for operators whose config management writes the term
 * lists and wants the result at once, not on the next poll, with a status a deploy step can fail on.
 * Admin keys (the auditors' list) without a tenant scope: the dictionaries serve every tenant.
 *
 * <pre>
 * 200 {"outcome": "ok", "terms": n, "previous_terms": m}
 * 422 {"outcome": "rejected", "terms": m, "previous_terms": m, "problem": "dictionary FILE:LINE: why"}
 * </pre>
 */
public final class DictionaryReloadHandler implements Handler<HttpServerRequest> {
  public static final String PATH = "/admin/v1/dictionaries/reload";

  private final ApiKeyDirectory<AuditorConfig> admins;
  private final DictionaryReloads reloads;

  public DictionaryReloadHandler(List<AuditorConfig> admins, DictionaryReloads reloads) {
    this.admins = new ApiKeyDirectory<>(admins, AuditorConfig::apiKeys);
    this.reloads = reloads;
  }

  @Override
  public void handle(HttpServerRequest req) {
    String requestId = RequestIds.fromHeader(req.getHeader(Responses.REQUEST_ID));
    Optional<AuditorConfig> admin = admins.authenticate(req);
    if (admin.isEmpty()) {
      fail(req, new ApiError(401, "invalid_admin_key", "an admin key is required"), requestId);
      return;
    }
    if (admin.get().tenant().isPresent()) {
      fail(req, new ApiError(403, "tenant_out_of_scope", "the dictionaries serve every tenant; auditor '"
          + admin.get().id() + "' may only act for tenant '" + admin.get().tenant().get() + "'"), requestId);
      return;
    }
    reloads.reload(PATH + " by " + admin.get().id())
        .onSuccess(o -> {
          JsonObject body = new JsonObject().put("outcome", o.ok() ? "ok" : "rejected").put("terms", o.terms())
              .put("previous_terms", o.previousTerms());
          if (o.problem() != null) {
            body.put("problem", o.problem());
          }
          req.response().setStatusCode(o.ok() ? 200 : 422).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
              .putHeader(Responses.REQUEST_ID, requestId).end(body.encode());
        })
        .onFailure(err -> fail(req, new ApiError(503, "reload_unavailable", "the reload could not run: " + err.getMessage()),
            requestId));
  }

  private static void fail(HttpServerRequest req, ApiError e, String requestId) {
    Responses.error(req.response(), ProviderStyle.OPENAI, e, requestId);
  }
}
