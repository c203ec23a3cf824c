package io.portcullis.core.upstream;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Cuts a server-sent-event byte stream into events as chunks arrive, whatever the chunk boundaries
 * (a provider may split an event, a line or a UTF-8 sequence anywhere). Emits each event's joined
 * {@code data:} payload and its {@code event:} name. Bounded: an event larger than the limit is an
 * upstream fault.
 */
public final class SseEventSplitter {

  /** One complete event: its name (may be null) and its data lines joined with '\n'. */
  public record SseEvent(String event, String data) {}

  private final int maxEventBytes;
  private final Consumer<SseEvent> sink;
  private byte[] pending = new byte[1024];
  private int length;

  public SseEventSplitter(int maxEventBytes, Consumer<SseEvent> sink) {
    this.maxEventBytes = maxEventBytes;
    this.sink = sink;
  }

  public void feed(Buffer chunk) {
    byte[] bytes = chunk.getBytes();
    ensure(length + bytes.length);
    System.arraycopy(bytes, 0, pending, length, bytes.length);
    length += bytes.length;
    int start = 0;
    int end;
    while ((end = eventEnd(start)) >= 0) {
      emit(new String(pending, start, end - start, StandardCharsets.UTF_8));
      start = skipTerminator(end);
    }
    if (start > 0) {
      System.arraycopy(pending, start, pending, 0, length - start);
      length -= start;
    }
    if (length > maxEventBytes) {
      throw new IllegalStateException("server-sent event exceeds " + maxEventBytes + " bytes");
    }
  }

  private void ensure(int capacity) {
    if (capacity > pending.length) {
      byte[] bigger = new byte[Math.max(capacity, pending.length * 2)];
      System.arraycopy(pending, 0, bigger, 0, length);
      pending = bigger;
    }
  }

  /** Index where a blank line (\n\n or \r\n\r\n) begins, or -1. */
  private int eventEnd(int from) {
    for (int i = from; i + 1 < length; i++) {
      if (pending[i] == '\n' && pending[i + 1] == '\n') {
        return i;
      }
      if (pending[i] == '\r' && i + 3 < length && pending[i + 1] == '\n' && pending[i + 2] == '\r' && pending[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private int skipTerminator(int end) {
    return pending[end] == '\r' ? end + 4 : end + 2;
  }

  /** Lines split by hand: String.split with this pattern compiled a regex for every event. */
  private void emit(String block) {
    String event = null;
    StringBuilder data = null;
    int from = 0;
    while (from <= block.length()) {
      int nl = block.indexOf('\n', from);
      int end = nl < 0 ? block.length() : nl;
      int lineEnd = end > from && block.charAt(end - 1) == '\r' ? end - 1 : end;
      if (block.startsWith("data:", from)) {
        int v = lineEnd > from + 5 && block.charAt(from + 5) == ' ' ? from + 6 : from + 5;
        data = data == null ? new StringBuilder(lineEnd - v).append(block, v, lineEnd) : data.append('\n').append(block, v, lineEnd);
      } else if (block.startsWith("event:", from)) {
        event = block.substring(from + 6, lineEnd).strip();
      }
      from = end + 1;
    }
    if (data != null || event != null) {
      sink.accept(new SseEvent(event, data == null ? "" : data.toString()));
    }
  }
}
