package io.portcullis.core.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.portcullis.core.api.Api;
import io.portcullis.core.config.TenantConfig;
import io.portcullis.core.pipeline.Exchange;
import io.portcullis.core.pipeline.ParseRequest;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The usage of a whole answer, read without its tree: what token metering bills when no classifier runs. */
class UsageReaderTest {
  /** The proxy's own mapper (strict: trailing content after the document is refused). */
  private final ObjectMapper mapper = new ParseRequest(64).mapper();

  private static Exchange exchange() {
    return new Exchange("r1", Api.OPENAI_CHAT, new TenantConfig("t", "US", List.of("k"), Map.of()), Buffer.buffer(), 0);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void openAiAndAnthropicUsageIsReadWhereverItSitsInTheAnswer() {
    Exchange openai = exchange();
    assertTrue(UsageReader.readWhole(mapper, bytes("{\"id\":\"x\",\"choices\":[{\"message\":{\"content\":\"{\\\"usage\\\":1}\"}}],"
        + "\"usage\":{\"prompt_tokens\":250,\"completion_tokens\":10,\"total_tokens\":260}}"), openai));
    assertEquals(250L, openai.reportedInputTokens());
    assertEquals(10L, openai.reportedOutputTokens());

    Exchange anthropic = exchange();
    assertTrue(UsageReader.readWhole(mapper, bytes("{\"usage\":{\"input_tokens\":7,\"output_tokens\":3},\"content\":[]}"), anthropic));
    assertEquals(7L, anthropic.reportedInputTokens());
    assertEquals(3L, anthropic.reportedOutputTokens());
  }

  @Test
  void withoutAFullReportTheTextsMustStillBeCounted() {
    Exchange none = exchange();
    assertFalse(UsageReader.readWhole(mapper, bytes("{\"choices\":[{\"message\":{\"content\":\"usage\"}}]}"), none));
    assertNull(none.reportedOutputTokens());
    assertFalse(UsageReader.readWhole(mapper, bytes("{\"usage\":{\"prompt_tokens\":5}}"), exchange()));
    assertFalse(UsageReader.readWhole(mapper, bytes("not json"), exchange()));
    assertFalse(UsageReader.readWhole(mapper, bytes("[1,2]"), exchange()));
  }
}
