package io.portcullis.core.pipeline;

import io.portcullis.core.api.ApiError;
import io.portcullis.core.config.ProviderConfig;
import io.portcullis.classifiers.Classifier;
import io.portcullis.core.enforce.AnswerLeakRedaction;
import io.portcullis.core.enforce.ChainedRewrite;
import io.portcullis.core.enforce.PseudonymRestore;
import io.portcullis.core.enforce.Rerouter;
import io.portcullis.core.enforce.SentValues;
import io.portcullis.core.enforce.pseudonym.PseudonymMap;
import io.portcullis.core.enforce.pseudonym.Surrogates;
import io.portcullis.core.enforce.TextRewriter;
import io.portcullis.policies.Action;
import io.portcullis.policies.Decision;
import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Obeys the decision. Allow forwards; deny answers 451 with the policy's reasons; pseudonymize
 * replaces the targeted values with realistic surrogates (restored in the answer); redact replaces
 * them with typed placeholders; reroute moves the exchange to an accepted in-region provider. An
 * action that cannot be carried out refuses with 451, so nothing the policy did not allow in clear is
 * ever forwarded. The response decision's targets are redacted from the answer as it passes. A tenant
 * in shadow mode is decided and told, but forwarded as sent and answered as the provider answered.
 */
public final class EnforceDecision implements ExchangeStage {
  /** Tenant attribute: {@code shadow: true} rolls out rules safely (decide, audit, report; do not act). */
  public static final String SHADOW_ATTRIBUTE = "shadow";
  public static final String SHADOW_HEADER = "x-portcullis-shadow-action";
  public static final String REROUTED_HEADER = "x-portcullis-rerouted";

  /** Tenant attribute: {@code pseudonym_style: placeholder} prefers [TYPE_n] placeholders to realistic surrogates. */
  public static final String PSEUDONYM_STYLE_ATTRIBUTE = "pseudonym_style";
  static final String PLACEHOLDER_STYLE = "placeholder";

  private final Rerouter rerouter;
  private final Surrogates surrogates;
  private final Optional<Classifier> classifier;

  public EnforceDecision(Rerouter rerouter, Surrogates surrogates, Optional<Classifier> classifier) {
    this.rerouter = rerouter;
    this.surrogates = surrogates;
    this.classifier = classifier;
  }

  @Override
  public String name() {
    return "enforce";
  }

  @Override
  public Future<Void> apply(Exchange ex) {
    Decision d = ex.decision();
    if (d == null || ex.refusal() != null) {
      return Future.succeededFuture();
    }
    if (Boolean.TRUE.equals(ex.tenant().attributes().get(SHADOW_ATTRIBUTE))) {
      if (d.action() != Action.ALLOW) {
        ex.shadow(true);
        ex.responseHeaders().put(SHADOW_HEADER, d.action().name().toLowerCase(Locale.ROOT));
      }
      return Future.succeededFuture();
    }
    return onRequest(ex, d).onSuccess(v -> {
      if (ex.refusal() == null) {
        guardAnswer(ex);
      }
    });
  }

  /**
   * The answer-side half of the policy: values of the response decision's targets (the guarded personal
   * data and secret types) are redacted from the answer, after surrogates are restored, unless the
   * caller sent that value itself.
   */
  private void guardAnswer(Exchange ex) {
    Decision answer = ex.answerDecision();
    if (answer == null || answer.action() == Action.ALLOW || answer.targets().isEmpty() || classifier.isEmpty()) {
      return;
    }
    ex.answerRewrite(ChainedRewrite.of(ex.answerRewrite(), new AnswerLeakRedaction(classifier.get(), ex.language(),
        ex.tenant().region(), Set.copyOf(answer.targets()), surrogates::redaction, ex.answerRedactions(),
        SentValues.of(ex.requestFindings()))));
  }

  private Future<Void> onRequest(Exchange ex, Decision d) {
    return switch (d.action()) {
      case ALLOW -> Future.succeededFuture();
      case DENY -> refuse(ex, d, "policy_denied", "refused by policy: " + why(d));
      case PSEUDONYMIZE, REDACT -> {
        mask(ex, d);
        yield Future.succeededFuture();
      }
      // the new region does not lift every rule: what the policy still wants masked (a card number,
      // PCI DSS) is masked before the exchange goes there
      case REROUTE -> reroute(ex, d).onSuccess(v -> {
        if (ex.refusal() == null) {
          mask(ex, d);
        }
      });
      default -> refuse(ex, d, "policy_" + d.action().name().toLowerCase(Locale.ROOT) + "_required",
          "policy requires '" + d.action().name().toLowerCase(Locale.ROOT) + "' of " + d.targets()
              + ", which this deployment cannot carry out; refused: " + why(d));
    };
  }

  /** Pseudonymizes (restored in the answer) or redacts the decision's targets, as it says. */
  private void mask(Exchange ex, Decision d) {
    Action how = d.maskWith();
    if (how == Action.REDACT) {
      TextRewriter.rewrite(ex.body(), ex.requestFindings(), Set.copyOf(d.targets()),
          (type, value) -> surrogates.redaction(type));
    } else if (how == Action.PSEUDONYMIZE) {
      // one conversation when the gateway names it, else the tenant (the unit separator cannot occur in either)
      String scope = ex.conversation() == null ? ex.tenant().id() : ex.tenant().id() + '\u001f' + ex.conversation();
      PseudonymMap map = new PseudonymMap(surrogates, scope);
      boolean placeholders = PLACEHOLDER_STYLE.equals(ex.tenant().attributes().get(PSEUDONYM_STYLE_ATTRIBUTE));
      TextRewriter.rewrite(ex.body(), ex.requestFindings(), Set.copyOf(d.targets()),
          placeholders ? map::placeholder : map::pseudonymize);
      if (!map.isEmpty()) {
        ex.answerRewrite(new PseudonymRestore(map));
      }
    }
  }

  private Future<Void> reroute(Exchange ex, Decision d) {
    Optional<ProviderConfig> target = rerouter.choose(ex.api().style(), ex.api().label(), ex.provider(), d.reroute());
    if (target.isEmpty()) {
      return refuse(ex, d, "policy_reroute_unavailable", "policy allows this exchange only in " + d.reroute().regions()
          + d.reroute().providers() + ", and no configured provider there has a reroute model for " + ex.api().path() + " (reroute-model, or reroute-models." + ex.api().label() + "); refused: " + why(d));
    }
    ProviderConfig from = ex.provider();
    String fromModel = ex.model();
    ProviderConfig to = target.get();
    String model = to.rerouteModel(ex.api().label()).orElseThrow();
    ex.body().put("model", model);
    ex.model(model);
    ex.provider(to);
    ex.reroutedFrom(from.id() + "/" + fromModel);
    ex.responseHeaders().put(REROUTED_HEADER, from.id() + "/" + fromModel + " -> " + to.id() + "/" + model);
    return Future.succeededFuture();
  }

  private static String why(Decision d) {
    return d.reasons().stream().map(Decision.Reason::message).collect(Collectors.joining("; "));
  }

  /** Marks the exchange refused; the refusal is applied after the decision record is durable. */
  private static Future<Void> refuse(Exchange ex, Decision d, String code, String message) {
    List<Map<String, String>> reasons = d.reasons().stream().map(r -> {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("code", r.code());
      m.put("message", r.message());
      if (r.regulation() != null) {
        m.put("regulation", r.regulation());
      }
      return m;
    }).toList();
    ex.refusal(new ApiError(451, code, message, reasons));
    return Future.succeededFuture();
  }
}
