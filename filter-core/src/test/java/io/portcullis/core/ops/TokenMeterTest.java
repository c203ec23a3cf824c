package io.portcullis.core.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portcullis.core.extract.TextSegment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the completion record and the per-region-pair metrics are told, by model family. */
class TokenMeterTest {
  private final TokenMeter meter = new TokenMeter();
  private final List<TextSegment> hello = List.of(new TextSegment("/messages/0/content", "Hello, world! How are you today?"));

  @Test
  void providerReportsWin() {
    assertEquals(new TokenMeter.Count(42, TokenMeter.Source.REPORTED), meter.count(42L, "gpt-4o", hello));
  }

  @Test
  void openAiModelsAreCountedWithTheirOwnEncoding() {
    TokenMeter.Count c = meter.count(null, "gpt-4o", hello);
    assertEquals(TokenMeter.Source.COUNTED, c.source());
    assertEquals(9, c.tokens(), "o200k_base: Hello , world ! How are you today ?");
  }

  @Test
  void otherVendorsAreEstimatedWithTheDocumentedRule() {
    TokenMeter.Count c = meter.count(null, "deepseek-chat", List.of(new TextSegment("/p", "我的身份证号abcd")));
    assertEquals(TokenMeter.Source.ESTIMATED, c.source());
    assertEquals(6 + 1, c.tokens(), "six Han characters and four Latin ones");
    assertEquals(100, TokenMeter.estimate("x".repeat(400)));
  }
}
