package io.portcullis.core.pipeline;

import io.portcullis.core.api.ApiError;
import io.portcullis.core.audit.AuditTrail;
import io.vertx.core.Future;

/**
 * Makes the decision record durable before anything leaves (and before a refusal is answered). If
 * it cannot be made durable the exchange is refused with 503: nothing goes upstream unrecorded.
 */
public final class RecordDecision implements ExchangeStage {
  private final AuditTrail trail;

  public RecordDecision(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public String name() {
    return "audit";
  }

  @Override
  public Future<Void> apply(Exchange ex) {
    return trail.decision(ex)
        .<Void>map(r -> {
          ex.decisionRecorded(true);
          return null;
        })
        .recover(err -> Future.failedFuture(new ApiError(503, "audit_unavailable",
            "the audit record could not be made durable (" + err.getMessage() + "); nothing was forwarded")));
  }
}
