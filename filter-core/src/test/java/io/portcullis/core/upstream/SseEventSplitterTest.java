package io.portcullis.core.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseEventSplitterTest {

  @Test
  void eventsSurviveEveryPossibleChunkBoundaryIncludingInsideUtf8() {
    String stream = "event: content_block_delta\ndata: {\"text\":\"身份证 ok\"}\n\n"
        + "data: line one\ndata: line two\n\n: a comment\n\ndata: [DONE]\r\n\r\n";
    byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
    for (int size = 1; size <= bytes.length; size++) {
      List<SseEventSplitter.SseEvent> got = new ArrayList<>();
      SseEventSplitter s = new SseEventSplitter(1024, got::add);
      for (int i = 0; i < bytes.length; i += size) {
        s.feed(Buffer.buffer().appendBytes(bytes, i, Math.min(size, bytes.length - i)));
      }
      assertEquals(List.of(
          new SseEventSplitter.SseEvent("content_block_delta", "{\"text\":\"身份证 ok\"}"),
          new SseEventSplitter.SseEvent(null, "line one\nline two"),
          new SseEventSplitter.SseEvent(null, "[DONE]")), got, "chunk size " + size);
    }
  }

  @Test
  void anEventLargerThanTheLimitIsRefused() {
    SseEventSplitter s = new SseEventSplitter(16, e -> { });
    assertThrows(IllegalStateException.class, () -> s.feed(Buffer.buffer("data: " + "x".repeat(32))));
  }
}
