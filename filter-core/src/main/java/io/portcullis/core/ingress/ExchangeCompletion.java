package io.portcullis.core.ingress;

import io.portcullis.core.Pipelines;
import io.portcullis.core.ops.ProxyMetrics;
import io.portcullis.core.ops.TokenMeter;
import io.portcullis.core.pipeline.ClassifyAnswer;
import io.portcullis.core.pipeline.Exchange;
import io.portcullis.core.pipeline.SegmentFindings;
import io.vertx.core.Future;
import java.util.List;

/**
 * What happens once the caller has its answer, off the event loop: the answer is classified, tokens
 * are metered (the provider's report, else counted), redactions counted, and the completion record
 * written. The same for proxied exchanges and for gateways using {@code /v1/inspect}.
 */
final class ExchangeCompletion {
  private final Pipelines.Services services;
  private final ProxyMetrics metrics;

  ExchangeCompletion(Pipelines.Services services) {
    this.services = services;
    this.metrics = services.metrics();
  }

  /** {@code status}: the HTTP status the caller got. */
  void completed(Exchange ex, int status) {
    if (ex.provider() == null || !ex.decisionRecorded() && ex.refusal() != null) {
      return; // refused before routing or before anything left: no answer to account for
    }
    String answerHash = ex.answerHash();
    // Classifying the answer or running a BPE is CPU work for a worker; reported or estimated tokens
    // alone are not worth a thread hop on every exchange.
    boolean light = (services.classifier().isEmpty() || ex.answerSegments().isEmpty())
        && services.tokens().cheap(ex.reportedInputTokens(), ex.reportedOutputTokens(), ex.model());
    Future<Settled> settled;
    if (light) {
      settled = Future.succeededFuture(settle(ex, status));
    } else {
      try {
        settled = services.workers().executeBlocking(() -> settle(ex, status), false);
      } catch (java.util.concurrent.RejectedExecutionException stopping) {
        // The proxy is stopping: the worker pool is closed while the last streams finish their grace
        // period. Their completion records are still owed, so the work is done here, once.
        settled = Future.succeededFuture(settle(ex, status));
      }
    }
    settled.onComplete(done -> {
      Settled s = done.succeeded() ? done.result() : new Settled(List.of(), null, null);
      if (ex.decisionRecorded()) {
        services.audit().ifPresent(a -> a.completion(ex, status, answerHash, s.input(), s.output(), s.findings())
            .onFailure(err -> metrics.auditFailure("completion")));
      }
    });
  }

  /** What the completion record and the token metrics need. */
  private record Settled(List<SegmentFindings> findings, Long input, Long output) {}

  private Settled settle(Exchange ex, int status) {
    List<SegmentFindings> found = services.classifier().isEmpty() || ex.answerSegments().isEmpty() ? List.of()
        : new ClassifyAnswer(services.classifier().get(), metrics).classify(ex);
    int redacted = ex.answerRedactions().get();
    if (redacted > 0) {
      metrics.answerRedactions(redacted);
    }
    if (ex.refusal() != null || status / 100 != 2) {
      return new Settled(found, null, null); // refused, or the provider failed: no tokens were used
    }
    TokenMeter.Count in = services.tokens().count(ex.reportedInputTokens(), ex.model(), ex.requestSegments());
    TokenMeter.Count out = services.tokens().count(ex.reportedOutputTokens(), ex.model(), ex.answerSegments());
    String from = ex.tenant().region();
    String to = ex.provider().region();
    metrics.tokens("input", from, to, in.source().label(), in.tokens());
    metrics.tokens("output", from, to, out.source().label(), out.tokens());
    return new Settled(found, in.tokens(), out.tokens());
  }
}
