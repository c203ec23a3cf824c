package io.portcullis.core.pipeline;

import io.portcullis.classifiers.Finding;
import io.portcullis.core.api.ApiError;
import io.portcullis.core.ops.ProxyMetrics;
import io.portcullis.policies.DecisionInput;
import io.portcullis.policies.PolicyClient;
import io.portcullis.policies.PolicyConfig;
import io.portcullis.policies.PolicyUnavailableException;
import io.vertx.core.Future;
import io.portcullis.policies.Decision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks OPA what may happen to this exchange. The input carries who, from where, to where, and the
 * entity types with counts, never the text. When OPA cannot answer the exchange is refused (503), unless
 * the tenant is explicitly configured to fail open, which is then counted and noted in the audit record.
 * When OPA answers that the decision is undefined the exchange is denied (451), fail-open or not.
 */
public final class DecidePolicy implements ExchangeStage {
  /** Tenant attribute that lets one tenant (never all by default) go ahead when OPA cannot answer. */
  public static final String FAIL_OPEN_ATTRIBUTE = "policy_on_error";
  /** On a response forwarded without a decision (fail-open), says so and why. */
  public static final String POLICY_HEADER = "x-portcullis-policy";

  private final PolicyClient policy;
  private final PolicyConfig.OnError defaultOnError;
  private final ProxyMetrics metrics;
  /**
   * Identical questions already on their way to OPA, so a burst of exchanges with the same
   * policy-relevant input (the usual case: same tenant, destination and entity types) asks once.
   * One instance per event loop, touched only from it, so a plain map is safe.
   */
  private final Map<DecisionInput, Future<Decision>> inFlight = new HashMap<>();

  /**
   * Every entity type the classifier can report in an answer (the catalog), each as if found once: the
   * response question is "which of these may the answer carry back?". Empty when answers are not
   * classified, and then the question is not asked.
   */
  private final List<DecisionInput.FindingSummary> answerTypes;

  public DecidePolicy(PolicyClient policy, PolicyConfig.OnError defaultOnError, ProxyMetrics metrics,
                      java.util.Collection<String> answerTypes) {
    this.policy = policy;
    this.answerTypes = answerTypes.stream().sorted().map(t -> new DecisionInput.FindingSummary(t, 1, 1.0)).toList();
    this.defaultOnError = defaultOnError;
    this.metrics = metrics;
  }

  @Override
  public String name() {
    return "decide";
  }

  @Override
  public Future<Void> apply(Exchange ex) {
    DecisionInput input = input(ex);
    ex.policyInput(input);
    // The answer's question is asked now, beside the request's, because a streamed answer must be
    // acted on as it passes: "which types may the answer carry back to this caller?" It depends only on
    // tenant, destination and the types the caller sent, so it is nearly always a cache hit.
    Future<Decision> answer = answerTypes.isEmpty() ? Future.succeededFuture() : decide(answerInput(ex, answerTypes));
    return Future.all(decide(input), answer)
        .map(both -> {
          Decision decision = both.resultAt(0);
          ex.decision(decision);
          ex.answerDecision(both.resultAt(1));
          metrics.decision(decision.action().name().toLowerCase(java.util.Locale.ROOT), ex.api().label());
          return (Void) null;
        })
        .recover(err -> {
          String why = err instanceof PolicyUnavailableException p ? p.why().name().toLowerCase(java.util.Locale.ROOT) : "error";
          if (err instanceof PolicyUnavailableException p && p.why() == PolicyUnavailableException.Why.UNDEFINED) {
            // OPA answered and the policy set said nothing: that is a deny, never an allow, and not an
            // outage either, so a fail-open tenant does not go through on it.
            metrics.policyUnavailable(why, false);
            ex.refusal(new ApiError(451, "policy_undefined",
                "the policy set gave no decision for this exchange (" + err.getMessage() + "); an undefined decision is a deny; nothing was forwarded"));
            return Future.succeededFuture();
          }
          boolean failOpen = failsOpen(ex);
          metrics.policyUnavailable(why, failOpen);
          if (failOpen) {
            ex.policyNote("fail-open: " + why);
            // always visible to the caller, not only with debug headers: forwarded without a decision
            ex.responseHeaders().put(POLICY_HEADER, "fail-open; no decision (" + why + ")");
            return Future.succeededFuture();
          }
          ex.refusal(new ApiError(503, "policy_unavailable",
              "no policy decision could be made (" + err.getMessage() + "); nothing was forwarded"));
          return Future.succeededFuture();
        });
  }

  private Future<Decision> decide(DecisionInput input) {
    Future<Decision> pending = inFlight.get(input);
    if (pending != null) {
      return pending;
    }
    Future<Decision> asked = policy.decide(input);
    if (!asked.isComplete()) {
      inFlight.put(input, asked);
      asked.onComplete(r -> inFlight.remove(input));
    }
    return asked;
  }

  private boolean failsOpen(Exchange ex) {
    Object v = ex.tenant().attributes().get(FAIL_OPEN_ATTRIBUTE);
    if (v != null) {
      return "fail-open".equals(v);
    }
    return defaultOnError == PolicyConfig.OnError.FAIL_OPEN;
  }

  /** The policy input for an exchange: who, from where, to where, entity types with counts; never text. */
  static DecisionInput input(Exchange ex) {
    return new DecisionInput(DecisionInput.Direction.REQUEST,
        new DecisionInput.Tenant(ex.tenant().id(), ex.tenant().region(), ex.tenant().attributes()),
        new DecisionInput.Destination(ex.provider().id(), ex.provider().region(), ex.model(), ex.provider().attributes()),
        summarize(ex.requestFindings()), ex.language(), ex.api().label(), null, null);
  }

  /**
   * The response-direction question, asked before the answer exists: every type it could carry as if
   * present, and the caller's request types as {@code request_types}; the decision's targets are the
   * types to redact when they do appear.
   */
  static DecisionInput answerInput(Exchange ex, List<DecisionInput.FindingSummary> possible) {
    List<String> sent = summarize(ex.requestFindings()).stream().map(DecisionInput.FindingSummary::type).sorted().toList();
    return new DecisionInput(DecisionInput.Direction.RESPONSE,
        new DecisionInput.Tenant(ex.tenant().id(), ex.tenant().region(), ex.tenant().attributes()),
        new DecisionInput.Destination(ex.provider().id(), ex.provider().region(), ex.model(), ex.provider().attributes()),
        possible, ex.language(), ex.api().label(), null, sent);
  }

  /** One entry per entity type: how many were found and the highest score. Order is stable (first seen). */
  public static List<DecisionInput.FindingSummary> summarize(List<SegmentFindings> findings) {
    Map<String, double[]> byType = new LinkedHashMap<>();
    for (SegmentFindings sf : findings) {
      for (Finding f : sf.findings()) {
        double[] acc = byType.computeIfAbsent(f.type(), t -> new double[2]);
        acc[0]++;
        acc[1] = Math.max(acc[1], f.score());
      }
    }
    List<DecisionInput.FindingSummary> out = new ArrayList<>();
    byType.forEach((type, acc) -> out.add(new DecisionInput.FindingSummary(type, (int) acc[0], acc[1])));
    return out;
  }
}
