package io.portcullis.core.pipeline;

import io.portcullis.core.api.ApiError;
import io.portcullis.policies.Action;
import io.portcullis.policies.Decision;
import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Obeys the decision. Allow forwards; deny answers 451 with the policy's reasons. Pseudonymize,
 * redact and reroute rewrite or move the exchange; until those rewrites exist they refuse with 451
 * too, so nothing the policy did not allow in clear is ever forwarded.
 */
public final class EnforceDecision implements ExchangeStage {

  @Override
  public String name() {
    return "enforce";
  }

  @Override
  public Future<Void> apply(Exchange ex) {
    Decision d = ex.decision();
    if (d == null || d.action() == Action.ALLOW) {
      return Future.succeededFuture();
    }
    List<Map<String, String>> reasons = d.reasons().stream().map(r -> {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("code", r.code());
      m.put("message", r.message());
      if (r.regulation() != null) {
        m.put("regulation", r.regulation());
      }
      return m;
    }).toList();
    String why = d.reasons().stream().map(r -> r.message()).collect(Collectors.joining("; "));
    if (d.action() == Action.DENY) {
      return Future.failedFuture(new ApiError(451, "policy_denied", "refused by policy: " + why, reasons));
    }
    String action = d.action().name().toLowerCase(Locale.ROOT);
    return Future.failedFuture(new ApiError(451, "policy_" + action + "_required",
        "policy requires '" + action + "' of " + d.targets() + " before this exchange may leave; refused: " + why,
        reasons));
  }
}
