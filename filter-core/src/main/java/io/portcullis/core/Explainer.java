package io.portcullis.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.classifiers.Finding;
import io.portcullis.core.api.Api;
import io.portcullis.core.api.ApiError;
import io.portcullis.core.config.TenantConfig;
import io.portcullis.core.pipeline.Exchange;
import io.portcullis.core.pipeline.ExchangePipeline;
import io.portcullis.core.pipeline.ParseRequest;
import io.portcullis.core.pipeline.SegmentFindings;
import io.portcullis.core.upstream.ProviderRegistry;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.util.List;

/**
 * "What would happen to this request from this tenant, and why?" Runs the request path's own stages
 * up to enforcement (the same classes the proxy runs, so the answer cannot drift from the behaviour)
 * and reports findings with spans, the policy input, the decision and the rewritten request. Nothing
 * is forwarded and nothing is audited as an exchange.
 */
public final class Explainer {
  private static final ObjectMapper SNAKE = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private final ExchangePipeline stages;
  private final List<TenantConfig> tenants;

  public Explainer(ParseRequest parse, ProviderRegistry registry, Pipelines.Services services, List<TenantConfig> tenants) {
    this.stages = Pipelines.explainPath(parse, registry, services);
    this.tenants = List.copyOf(tenants);
  }

  public Future<ObjectNode> explain(ExplainRequest r) {
    return explain(r.tenant(), r.api(), r.body());
  }

  /** {@code body} is a request as the tenant would send it to {@code api}. */
  public Future<ObjectNode> explain(String tenantId, Api api, Buffer body) {
    TenantConfig tenant = tenants.stream().filter(t -> t.id().equals(tenantId)).findFirst().orElse(null);
    if (tenant == null) {
      return Future.failedFuture(ApiError.badRequest("unknown_tenant", "no tenant '" + tenantId + "' is configured"));
    }
    Exchange ex = new Exchange("explain", api, tenant, body, System.nanoTime());
    return stages.run(ex).map(v -> report(ex));
  }

  private static ObjectNode report(Exchange ex) {
    ObjectNode out = SNAKE.createObjectNode();
    out.put("tenant", ex.tenant().id());
    out.put("origin_region", ex.tenant().region());
    out.put("language", ex.language());
    ArrayNode findings = out.putArray("findings");
    for (SegmentFindings sf : ex.requestFindings()) {
      String text = sf.segment().text();
      for (Finding f : sf.findings()) {
        findings.addObject().put("pointer", sf.segment().pointer()).put("type", f.type()).put("category", f.category())
            .put("level", f.level()).put("start", f.codePointStart(text)).put("end", f.codePointEnd(text))
            .put("score", f.score()).put("detector", f.detector()).put("validated", f.validated())
            .put("explanation", f.explanation());
      }
    }
    out.set("policy_input", ex.policyInput() == null ? null : SNAKE.valueToTree(ex.policyInput()));
    out.set("decision", ex.decision() == null ? null : SNAKE.valueToTree(ex.decision()));
    // What the answer would be stripped of: the response decision, asked before anything is forwarded.
    out.set("answer_decision", ex.answerDecision() == null ? null : SNAKE.valueToTree(ex.answerDecision()));
    if (ex.policyNote() != null) {
      out.put("policy_note", ex.policyNote());
    }
    ObjectNode outcome = out.putObject("outcome");
    if (ex.refusal() != null) {
      outcome.put("forwarded", false);
      outcome.put("status", ex.refusal().status());
      outcome.put("code", ex.refusal().code());
      outcome.put("message", ex.refusal().getMessage());
    } else {
      outcome.put("forwarded", true);
      outcome.put("provider", ex.provider().id());
      outcome.put("destination_region", ex.provider().region());
      outcome.put("model", ex.model());
      outcome.put("shadow", ex.shadow());
      ex.responseHeaders().forEach(outcome::put);
      outcome.set("rewritten_request", ex.body());
    }
    return out;
  }
}
