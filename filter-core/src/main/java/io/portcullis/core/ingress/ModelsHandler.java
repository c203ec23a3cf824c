package io.portcullis.core.ingress;

import io.portcullis.core.api.ApiError;
import io.portcullis.core.config.ProviderStyle;
import io.portcullis.core.config.TenantConfig;
import io.portcullis.core.ops.RequestIds;
import io.portcullis.core.upstream.ModelCatalog;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/** {@code GET /v1/models} for authenticated tenants: the merged list of models reachable through Portcullis. */
final class ModelsHandler implements Handler<HttpServerRequest> {
  private final ApiKeyDirectory<TenantConfig> auth;
  private final ModelCatalog models;

  ModelsHandler(ApiKeyDirectory<TenantConfig> auth, ModelCatalog models) {
    this.auth = auth;
    this.models = models;
  }

  @Override
  public void handle(HttpServerRequest req) {
    String requestId = RequestIds.fromHeader(req.getHeader(Responses.REQUEST_ID));
    if (auth.authenticate(req).isEmpty()) {
      Responses.error(req.response(), ProviderStyle.OPENAI, new ApiError(401, "invalid_api_key",
          "missing or unknown API key"), requestId);
      return;
    }
    models.list().onComplete(r -> {
      if (r.succeeded()) {
        req.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
            .putHeader(Responses.REQUEST_ID, requestId).end(r.result().toString());
      } else {
        Responses.error(req.response(), ProviderStyle.OPENAI, new ApiError(502, "upstream_unreachable",
            "could not list models: " + r.cause().getMessage()), requestId);
      }
    });
  }
}
