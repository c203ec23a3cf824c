package io.portcullis.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.portcullis.core.api.ApiError;
import io.portcullis.core.upstream.ProviderRegistry;
import io.vertx.core.Future;

/** Picks the provider from the request's {@code model}, among providers speaking the caller's API style. */
public final class RouteByModel implements ExchangeStage {
  private final ProviderRegistry providers;

  public RouteByModel(ProviderRegistry providers) {
    this.providers = providers;
  }

  @Override
  public String name() {
    return "route";
  }

  @Override
  public Future<Void> apply(Exchange exchange) {
    JsonNode model = exchange.body().get("model");
    if (model == null || !model.isTextual() || model.textValue().isBlank()) {
      return Future.failedFuture(ApiError.badRequest("model_required", "'model' is required and must be a non-empty string"));
    }
    String name = model.textValue();
    return providers.route(exchange.api().style(), name)
        .map(p -> {
          exchange.model(name);
          exchange.provider(p);
          return Future.<Void>succeededFuture();
        })
        .orElseGet(() -> Future.failedFuture(new ApiError(404, "model_not_found",
            "no configured provider serves model '" + name + "' through the " + exchange.api().style().name().toLowerCase()
                + " API")));
  }
}
