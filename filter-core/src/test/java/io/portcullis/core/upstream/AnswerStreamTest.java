package io.portcullis.core.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.portcullis.core.api.Api;
import io.portcullis.core.config.TenantConfig;
import io.portcullis.classifiers.Classifier;
import io.portcullis.core.enforce.AnswerLeakRedaction;
import io.portcullis.core.enforce.ChainedRewrite;
import io.portcullis.core.enforce.PseudonymRestore;
import io.portcullis.core.enforce.pseudonym.PseudonymMap;
import io.portcullis.core.enforce.pseudonym.Surrogates;
import io.portcullis.core.pipeline.Exchange;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A rewritten stream whose provider just stops: what the inspection held back still reaches the caller. */
class AnswerStreamTest {
  private static final String ID = "11010519491231002X";

  @Test
  void theHeldBackTailIsSentWhenTheProviderStreamEndsWithoutClosingEvents() {
    PseudonymMap map = new PseudonymMap(new Surrogates("answer-stream-test-key".getBytes(StandardCharsets.UTF_8)), "t");
    String surrogate = map.pseudonymize("CN_RESIDENT_ID", ID);
    Exchange ex = new Exchange("r1", Api.OPENAI_CHAT, new TenantConfig("t", "CN", List.of("k"), Map.of()), Buffer.buffer(), 0);
    ex.answerRewrite(ChainedRewrite.of(new PseudonymRestore(map), new AnswerLeakRedaction(Classifier.withDefaults(), null,
        "CN", Set.of("EMAIL_ADDRESS"), t -> "[" + t + "]", new AtomicInteger())));
    AnswerStream stream = new AnswerStream(ex, new ObjectMapper(), 1 << 20);
    StringBuilder sent = new StringBuilder();
    for (char c : ("ID " + surrogate + " on file").toCharArray()) {
      sent.append(stream.feed(Buffer.buffer("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":"
          + "[{\"index\":0,\"delta\":{\"content\":\"" + c + "\"},\"finish_reason\":null}]}\n\n")));
    }
    assertFalse(sent.toString().contains("file"), "the last word is still held: " + sent);
    String rest = stream.finish().toString();
    assertTrue(rest.startsWith("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\""), rest);
    StringBuilder content = new StringBuilder();
    new SseEventSplitter(1 << 20, e -> content.append(e.data().replaceAll(".*\"content\":\"([^\"]*)\".*", "$1")))
        .feed(Buffer.buffer(sent + rest));
    assertEquals("ID " + ID + " on file", content.toString());
    assertEquals("", stream.finish().toString(), "released once");
  }
}
