package io.portcullis.core;

import io.portcullis.classifiers.Classifier;
import io.portcullis.core.audit.AuditTrail;
import io.portcullis.core.enforce.Rerouter;
import io.portcullis.core.enforce.pseudonym.Surrogates;
import io.portcullis.core.ops.ProxyMetrics;
import io.portcullis.core.ops.TokenMeter;
import io.portcullis.core.pipeline.ApplyRefusal;
import io.portcullis.core.pipeline.ClassifyRequest;
import io.portcullis.core.pipeline.DecidePolicy;
import io.portcullis.core.pipeline.EnforceDecision;
import io.portcullis.core.pipeline.ExchangePipeline;
import io.portcullis.core.pipeline.ExchangeStage;
import io.portcullis.core.pipeline.ExtractRequestText;
import io.portcullis.core.pipeline.ParseRequest;
import io.portcullis.core.pipeline.RecordDecision;
import io.portcullis.core.pipeline.RouteByModel;
import io.portcullis.core.upstream.ProviderRegistry;
import io.portcullis.policies.PolicyClient;
import io.portcullis.policies.PolicyConfig;
import io.vertx.core.WorkerExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place where the request path is composed. Read top to bottom, this is what happens to
 * every exchange before anything is forwarded:
 *
 * <ol>
 *   <li>parse: strict JSON (UTF-8, depth, no duplicate keys)</li>
 *   <li>route: the request's model picks a provider of the caller's API style</li>
 *   <li>extract: every text the model will read, addressed by JSON pointer</li>
 *   <li>classify: findings per text segment (types, spans, scores), never leaving the process</li>
 *   <li>decide: OPA's decision on who, from where, to where, and which entity types; beside it, the
 *       response-direction decision on which types the answer may not carry back</li>
 *   <li>enforce: pseudonymize and redact rewrite (pseudonyms restored in the answer); reroute moves
 *       the exchange in-region; deny, or an action that cannot be carried out, marks a 451 refusal;
 *       the answer is set to be redacted of what the response decision targets as it streams back;
 *       shadow tenants are only told</li>
 *   <li>audit: the decision record is made durable (signed, chained, spooled) before anything leaves</li>
 *   <li>refuse: a refusal decided above is answered now that it is on record</li>
 * </ol>
 *
 * A stage whose part is switched off in configuration is absent from the chain, never faked.
 */
public final class Pipelines {
  private Pipelines() {}

  /** What the stages share across event loops; each part is empty when switched off. */
  public record Services(Optional<Classifier> classifier, Optional<PolicyClient> policy,
                         PolicyConfig.OnError onError, Surrogates surrogates, Optional<AuditTrail> audit,
                         WorkerExecutor workers, ProxyMetrics metrics, TokenMeter tokens) {

    /** The same services counting into {@code other}: explanations must not show up as traffic. */
    public Services withMetrics(ProxyMetrics other) {
      return new Services(classifier, policy, onError, surrogates, audit, workers, other, tokens);
    }
  }

  public static ExchangePipeline requestPath(ParseRequest parse, ProviderRegistry registry, Services services) {
    List<ExchangeStage> stages = decisionStages(parse, registry, services);
    services.audit().ifPresent(a -> stages.add(new RecordDecision(a)));
    stages.add(new ApplyRefusal());
    return new ExchangePipeline(stages, services.metrics()::stage);
  }

  /** The same stages up to enforcement, for {@link Explainer}: nothing recorded, nothing refused, nothing sent. */
  public static ExchangePipeline explainPath(ParseRequest parse, ProviderRegistry registry, Services services) {
    // findings and decisions of an explanation are not exchanges: they go to a registry nobody scrapes
    return new ExchangePipeline(decisionStages(parse, registry, services.withMetrics(new ProxyMetrics())));
  }

  private static List<ExchangeStage> decisionStages(ParseRequest parse, ProviderRegistry registry, Services services) {
    List<ExchangeStage> stages = new ArrayList<>();
    stages.add(parse);
    stages.add(new RouteByModel(registry));
    stages.add(new ExtractRequestText());
    services.classifier().ifPresent(c -> stages.add(new ClassifyRequest(c, services.workers(), services.metrics())));
    services.policy().ifPresent(p -> {
      stages.add(new DecidePolicy(p, services.onError(), services.metrics(),
          services.classifier().map(c -> c.catalog().typeNames()).orElse(java.util.Set.of())));
      stages.add(new EnforceDecision(new Rerouter(registry.all()), services.surrogates(), services.classifier()));
    });
    return stages;
  }
}
