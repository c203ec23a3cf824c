package io.portcullis.core.ingress;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.portcullis.core.ExplainRequest;
import io.portcullis.core.Explainer;
import io.portcullis.core.api.ApiError;
import io.portcullis.core.config.AuditorConfig;
import io.portcullis.core.config.ProviderStyle;
import io.portcullis.core.ops.RequestIds;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;

/** {@code POST /admin/v1/explain}: for compliance officers (admin keys, the auditors' list); nothing is sent upstream. */
public final class ExplainHandler implements Handler<HttpServerRequest> {
  public static final String PATH = "/admin/v1/explain";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BYTES = 1 << 20;

  private final ApiKeyDirectory<AuditorConfig> admins;
  private final Explainer explainer;

  public ExplainHandler(List<AuditorConfig> admins, Explainer explainer) {
    this.admins = new ApiKeyDirectory<>(admins, AuditorConfig::apiKeys);
    this.explainer = explainer;
  }

  @Override
  public void handle(HttpServerRequest req) {
    String requestId = RequestIds.fromHeader(req.getHeader(Responses.REQUEST_ID));
    if (admins.authenticate(req).isEmpty()) {
      Responses.error(req.response(), ProviderStyle.OPENAI, new ApiError(401, "invalid_admin_key", "an admin key is required"), requestId);
      return;
    }
    BoundedBody.read(req, MAX_BYTES)
        .compose(buf -> {
          try {
            return explainer.explain(ExplainRequest.parse(JSON.readTree(buf.getBytes())));
          } catch (java.io.IOException e) {
            throw ApiError.badRequest("invalid_json", "explain body is not valid JSON: " + e.getMessage());
          }
        })
        .onSuccess(report -> req.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
            .putHeader(Responses.REQUEST_ID, requestId).end(report.toPrettyString()))
        .onFailure(err -> Responses.error(req.response(), ProviderStyle.OPENAI, err instanceof ApiError e ? e
            : new ApiError(500, "internal_error", "explain failed: " + err.getMessage()), requestId));
  }
}
