package io.portcullis.core.ops;

import static net.logstash.logback.argument.StructuredArguments.kv;

import io.portcullis.core.pipeline.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One structured JSON log line per exchange: who, what, where to, outcome, time. Never any text. */
public final class ExchangeLog {
  private static final Logger LOG = LoggerFactory.getLogger("portcullis.exchange");

  private ExchangeLog() {}

  public static void completed(Exchange ex, int status) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    LOG.info("exchange", kv("request_id", ex.requestId()), kv("tenant", ex.tenant().id()),
        kv("api", ex.api().label()), kv("provider", ex.provider() == null ? null : ex.provider().id()),
        kv("model", ex.model()), kv("stream", ex.stream()), kv("status", status),
        kv("segments", ex.requestSegments().size()),
        kv("duration_ms", (System.nanoTime() - ex.startNanos()) / 1_000_000.0));
  }
}
