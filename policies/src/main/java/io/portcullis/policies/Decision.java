package io.portcullis.policies;

import java.util.List;
import java.util.Objects;

/**
 * OPA's answer for one exchange (data.portcullis.decision.result, see policies/schema/decision-output).
 *
 * @param action      what to do; never null
 * @param targets     entity types to pseudonymize or redact (for DENY: the types that caused it)
 * @param masking     how the targets are masked ("pseudonymize", "redact" or "none"), also under REROUTE,
 *                    where a card number stays masked in the new region; see {@link #maskWith()}
 * @param reroute     acceptable regions and providers when the action is REROUTE (empty lists otherwise)
 * @param reasons     every rule that spoke, strictest first
 * @param obligations codes of duties that come with the transfer (e.g. record the mechanism)
 * @param revision    hash of the policy and data files that decided
 */
public record Decision(Action action, List<String> targets, String masking, Reroute reroute, List<Reason> reasons,
                       List<String> obligations, String revision) {

  public Decision(Action action, List<String> targets, Reroute reroute, List<Reason> reasons,
                  List<String> obligations, String revision) {
    this(action, targets, null, reroute, reasons, obligations, revision);
  }

  public Decision {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(revision, "revision");
    if (masking != null && !java.util.Set.of("none", "pseudonymize", "redact").contains(masking)) {
      // not guessed at: the decision does not fit the contract and is refused
      throw new IllegalArgumentException("masking must be none, pseudonymize or redact, not " + masking);
    }
    targets = targets == null ? List.of() : List.copyOf(targets);
    reroute = reroute == null ? Reroute.NONE : reroute;
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
    obligations = obligations == null ? List.of() : List.copyOf(obligations);
  }

  /**
   * How to mask {@link #targets()} before forwarding: {@link Action#PSEUDONYMIZE}, {@link Action#REDACT},
   * or null when nothing is masked (allow, deny, or no targets). A policy set that does not say
   * (written before the field existed) masks as its action says, and under reroute redacts: the
   * stricter treatment is always safe.
   */
  public Action maskWith() {
    if (targets.isEmpty() || action == Action.ALLOW || action == Action.DENY) {
      return null;
    }
    if (masking != null && !masking.equals("none")) {
      return Action.fromWire(masking);
    }
    return action == Action.REROUTE ? Action.REDACT : action;
  }

  /** Why a rule spoke, e.g. {@code PIPL_SPI_TRANSFER_NOT_CLEARED} under "PIPL Arts. 28, 38-39". */
  public record Reason(String code, String message, String regulation) {
  }

  /** Where the exchange may go instead. */
  public record Reroute(List<String> regions, List<String> providers) {
    static final Reroute NONE = new Reroute(List.of(), List.of());

    public Reroute {
      regions = regions == null ? List.of() : List.copyOf(regions);
      providers = providers == null ? List.of() : List.copyOf(providers);
    }
  }
}
