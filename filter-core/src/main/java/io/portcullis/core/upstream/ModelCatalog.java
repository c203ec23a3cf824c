package io.portcullis.core.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.core.config.ProviderConfig;
import io.portcullis.core.config.ProviderStyle;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/models}: asks every provider for its models at once, keeps the ones the provider is
 * configured to serve through Portcullis, and merges them into one OpenAI-shaped list. A provider that
 * cannot be asked contributes the model names written literally in configuration.
 */
public final class ModelCatalog {
  private final HttpClient client;
  private final ProviderRegistry registry;
  private final ObjectMapper mapper;
  private final long timeoutMs;

  public ModelCatalog(HttpClient client, ProviderRegistry registry, ObjectMapper mapper, long timeoutMs) {
    this.client = client;
    this.registry = registry;
    this.mapper = mapper;
    this.timeoutMs = timeoutMs;
  }

  public Future<ObjectNode> list() {
    List<ProviderConfig> providers = registry.all();
    List<Future<List<ObjectNode>>> asks = new ArrayList<>();
    for (ProviderConfig p : providers) {
      asks.add(ask(p).recover(err -> Future.succeededFuture(literal(p))));
    }
    return Future.join(asks).map(cf -> {
      Map<String, ObjectNode> merged = new LinkedHashMap<>();
      for (Future<List<ObjectNode>> f : asks) {
        f.result().forEach(m -> merged.putIfAbsent(m.path("id").asText(), m));
      }
      ObjectNode out = mapper.createObjectNode();
      out.put("object", "list");
      ArrayNode data = out.putArray("data");
      merged.values().forEach(data::add);
      return out;
    });
  }

  private Future<List<ObjectNode>> ask(ProviderConfig p) {
    RequestOptions opts = new RequestOptions()
        .setMethod(HttpMethod.GET)
        .setAbsoluteURI(UpstreamUris.resolve(p.baseUrl(), "/v1/models"))
        .setConnectTimeout(timeoutMs)
        .setIdleTimeout(timeoutMs);
    if (p.style() == ProviderStyle.ANTHROPIC) {
      p.apiKey().ifPresent(k -> opts.putHeader("x-api-key", k));
      opts.putHeader("anthropic-version", "2023-06-01");
    } else {
      p.apiKey().ifPresent(k -> opts.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + k));
    }
    return client.request(opts)
        .compose(req -> req.send())
        .compose(resp -> resp.statusCode() == 200 ? resp.body() : Future.failedFuture("status " + resp.statusCode()))
        .map(buf -> {
          List<ObjectNode> out = new ArrayList<>();
          try {
            JsonNode data = mapper.readTree(buf.getBytes()).path("data");
            for (JsonNode m : data) {
              String id = m.path("id").asText("");
              if (!id.isEmpty() && registry.serves(p, id)) {
                out.add(entry(id, p, m.path("created").asLong(0)));
              }
            }
          } catch (java.io.IOException e) {
            throw new IllegalStateException("provider " + p.id() + " listed models in invalid JSON", e);
          }
          return out;
        });
  }

  private List<ObjectNode> literal(ProviderConfig p) {
    return registry.literalModels(p).stream().map(id -> entry(id, p, 0)).toList();
  }

  private ObjectNode entry(String id, ProviderConfig p, long created) {
    ObjectNode m = mapper.createObjectNode();
    m.put("id", id);
    m.put("object", "model");
    m.put("created", created);
    m.put("owned_by", p.id());
    return m;
  }
}
