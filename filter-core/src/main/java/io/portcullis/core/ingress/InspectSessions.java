package io.portcullis.core.ingress;

import io.portcullis.core.api.ApiError;
import io.portcullis.core.pipeline.Exchange;
import io.portcullis.core.upstream.AnswerStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exchanges inspected through {@code /v1/inspect} whose answers are still to come: a handle names
 * one, so {@code /v1/inspect/answer} can restore its surrogates and apply its response policy. The
 * pseudonym mapping lives here only, in memory, for at most the time-to-live; bounded in number
 * (a full table refuses new inspections with 503 rather than growing). Shared by all event loops.
 */
public final class InspectSessions {
  /** One inspected exchange; its answer stream is created on first use and fed under the session lock. */
  static final class Session {
    final Exchange exchange;
    final long expiresAtNanos;
    private AnswerStream stream;

    Session(Exchange exchange, long expiresAtNanos) {
      this.exchange = exchange;
      this.expiresAtNanos = expiresAtNanos;
    }

    AnswerStream stream(com.fasterxml.jackson.databind.ObjectMapper mapper, int maxEventBytes) {
      if (stream == null) {
        stream = new AnswerStream(exchange, mapper, maxEventBytes);
      }
      return stream;
    }
  }

  private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final AtomicLong opened = new AtomicLong();
  private final int capacity;
  private final long ttlNanos;

  public InspectSessions(int capacity, long ttlMillis) {
    this.capacity = capacity;
    this.ttlNanos = ttlMillis * 1_000_000L;
  }

  /** A new unguessable handle for {@code ex}. */
  String open(Exchange ex) {
    if (opened.incrementAndGet() % 256 == 0 || sessions.size() >= capacity) {
      long now = System.nanoTime();
      sessions.values().removeIf(s -> now - s.expiresAtNanos > 0);
    }
    if (sessions.size() >= capacity) {
      throw new ApiError(503, "inspect_sessions_full", capacity + " inspected exchanges await their answers; "
          + "send their answers to /v1/inspect/answer or retry later");
    }
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    String handle = "insp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    sessions.put(handle, new Session(ex, System.nanoTime() + ttlNanos));
    return handle;
  }

  /** The live session of {@code handle} that belongs to {@code tenantId}, or null. */
  Session find(String handle, String tenantId) {
    Session s = handle == null ? null : sessions.get(handle);
    if (s == null || System.nanoTime() - s.expiresAtNanos > 0) {
      return null;
    }
    // Another tenant's handle is as unknown as a made-up one: no existence oracle.
    return s.exchange.tenant().id().equals(tenantId) ? s : null;
  }

  void close(String handle) {
    sessions.remove(handle);
  }
}
