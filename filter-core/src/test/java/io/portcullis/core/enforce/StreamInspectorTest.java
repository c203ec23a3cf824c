package io.portcullis.core.enforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.classifiers.Classifier;
import io.portcullis.core.api.Api;
import io.portcullis.core.enforce.pseudonym.PseudonymMap;
import io.portcullis.core.enforce.pseudonym.Surrogates;
import io.portcullis.core.upstream.SseEventSplitter;
import io.portcullis.core.upstream.SseEventSplitter.SseEvent;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real event sequences of each streaming shape (OpenAI chat chunks, OpenAI Responses events,
 * Anthropic messages events), in 1-character deltas, through the inspector with the production
 * rewrite (surrogates restored, then a value the caller never sent redacted). What the caller's SDK
 * accumulates from the output must be the whole-text rewrite, in every inspected field, and the
 * output must be a stream the SDK accepts: each held-back tail goes out as the same kind of delta as
 * its field.
 */
class StreamInspectorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ID = "11010519491231002X";
  private static final String LEAK = "jane.roe@example.org";
  private static final String REDACTED = "[REDACTED:EMAIL_ADDRESS]";

  private static Classifier classifier;
  private static PseudonymMap map;
  private static String surrogate;

  @BeforeAll
  static void load() {
    classifier = Classifier.withDefaults();
    map = new PseudonymMap(new Surrogates("stream-inspector-test-key".getBytes(StandardCharsets.UTF_8)), "tenant-a");
    surrogate = map.pseudonymize("CN_RESIDENT_ID", ID);
  }

  /** What the model writes: the surrogate it was sent, and a value the caller never sent. */
  private static String prose() {
    return "The holder " + surrogate + " wrote from " + LEAK + " today";
  }

  private static final String PROSE_SEEN = "The holder " + ID + " wrote from " + REDACTED + " today";

  /** Tool-call arguments the model writes: JSON whose held-back tail is its closing characters. */
  private static String arguments() {
    return "{\"holder\":\"" + surrogate + "\",\"from\":\"" + LEAK + "\"}";
  }

  private static final String ARGUMENTS_SEEN = "{\"holder\":\"" + ID + "\",\"from\":\"" + REDACTED + "\"}";

  private static StreamInspector inspector(Api api) {
    AnswerRewrite rewrite = ChainedRewrite.of(new PseudonymRestore(map), new AnswerLeakRedaction(classifier, null, "US",
        Set.of("EMAIL_ADDRESS"), t -> "[REDACTED:" + t + "]", new AtomicInteger()));
    return new StreamInspector(api, JSON, rewrite::newFieldFilter, rewrite::wholeText);
  }

  /**
   * The provider's SSE text through a fresh inspector, then the end of the stream, cut into events
   * again as the caller's SDK does.
   */
  private static List<SseEvent> inspect(Api api, List<String> providerEvents) {
    StreamInspector inspector = inspector(api);
    StringBuilder toCaller = new StringBuilder();
    SseEventSplitter fromProvider = new SseEventSplitter(1 << 20, e -> toCaller.append(inspector.onEvent(e)));
    providerEvents.forEach(e -> fromProvider.feed(Buffer.buffer(e)));
    toCaller.append(inspector.finish());
    List<SseEvent> out = new ArrayList<>();
    new SseEventSplitter(1 << 20, out::add).feed(Buffer.buffer(toCaller.toString()));
    return out;
  }

  private static List<String> oneCharacterPieces(String text) {
    return text.codePoints().mapToObj(Character::toString).toList();
  }

  private static String sse(String event, JsonNode data) {
    return (event == null ? "" : "event: " + event + "\n") + "data: " + data + "\n\n";
  }

  private static JsonNode parse(String data) {
    try {
      return JSON.readTree(data);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + data, e);
    }
  }

  // ---- OpenAI chat completions ----

  private static ObjectNode chatChunk() {
    return JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion.chunk").put("created", 1)
        .put("model", "demo");
  }

  private static ObjectNode chatChoice(ObjectNode chunk) {
    return chunk.withArray("choices").addObject().put("index", 0).putNull("finish_reason");
  }

  /**
   * A chat stream with text deltas in {@code field} of the delta, as OpenAI-shaped providers send it;
   * not every provider sends a finish reason, or [DONE].
   */
  private static List<String> chatText(String field, String text, boolean finishes, boolean done) {
    List<String> events = new ArrayList<>();
    ObjectNode first = chatChunk();
    chatChoice(first).putObject("delta").put("role", "assistant").put(field, "");
    events.add(sse(null, first));
    for (String d : oneCharacterPieces(text)) {
      ObjectNode c = chatChunk();
      chatChoice(c).putObject("delta").put(field, d);
      events.add(sse(null, c));
    }
    if (finishes) {
      ObjectNode fin = chatChunk();
      chatChoice(fin).put("finish_reason", "stop").putObject("delta");
      events.add(sse(null, fin));
    }
    if (done) {
      events.add("data: [DONE]\n\n");
    }
    return events;
  }

  private static List<String> chatToolCall(String args) {
    List<String> events = new ArrayList<>();
    ObjectNode first = chatChunk();
    ObjectNode call = chatChoice(first).putObject("delta").put("role", "assistant").putNull("content")
        .withArray("tool_calls").addObject().put("index", 0).put("id", "call_1").put("type", "function");
    call.putObject("function").put("name", "lookup").put("arguments", "");
    events.add(sse(null, first));
    for (String d : oneCharacterPieces(args)) {
      ObjectNode c = chatChunk();
      chatChoice(c).putObject("delta").withArray("tool_calls").addObject().put("index", 0)
          .putObject("function").put("arguments", d);
      events.add(sse(null, c));
    }
    ObjectNode fin = chatChunk();
    chatChoice(fin).put("finish_reason", "tool_calls").putObject("delta");
    events.add(sse(null, fin));
    events.add("data: [DONE]\n\n");
    return events;
  }

  /** What an OpenAI SDK accumulates from a chat stream: each delta field joined, tool arguments per call. */
  private static Map<String, String> chatAccumulated(List<SseEvent> events) {
    Map<String, String> fields = new LinkedHashMap<>();
    boolean done = false;
    for (SseEvent e : events) {
      assertFalse(done, "nothing follows [DONE]: " + e);
      if (e.data().equals("[DONE]")) {
        done = true;
        continue;
      }
      JsonNode chunk = parse(e.data());
      assertEquals("chat.completion.chunk", chunk.path("object").asText(), "every chunk is a whole chunk: " + e.data());
      assertEquals("chatcmpl-1", chunk.path("id").asText(), e.data());
      for (JsonNode choice : chunk.path("choices")) {
        choice.path("delta").properties().forEach(p -> {
          if (p.getKey().equals("tool_calls")) {
            for (JsonNode call : p.getValue()) {
              fields.merge("tool_calls[" + call.path("index").asInt() + "]", call.path("function").path("arguments").asText(""),
                  String::concat);
            }
          } else if (p.getValue().isTextual() && !p.getKey().equals("role")) {
            fields.merge(p.getKey(), p.getValue().textValue(), String::concat);
          }
        });
      }
    }
    return fields;
  }

  @Test
  void openAiChatToolCallTailStaysInTheCallsArguments() {
    List<SseEvent> events = inspect(Api.OPENAI_CHAT, chatToolCall(arguments()));
    Map<String, String> got = chatAccumulated(events);
    assertEquals("[DONE]", events.getLast().data());
    assertEquals(ARGUMENTS_SEEN, got.get("tool_calls[0]"), got.toString());
    assertFalse(got.containsKey("content"), "no part of the arguments turned into content: " + got);
  }

  @Test
  void openAiChatTailIsReleasedBeforeDoneWhenNoFinishReasonCame() {
    List<SseEvent> events = inspect(Api.OPENAI_CHAT, chatText("content", prose(), false, true));
    assertEquals(PROSE_SEEN, chatAccumulated(events).get("content"));
    assertEquals("[DONE]", events.getLast().data(), "[DONE] is still last");
  }

  @Test
  void openAiChatReasoningIsRestoredAndRedactedWithTheSameHoldBack() {
    // DeepSeek and Qwen (the in-region reroute targets) stream their reasoning in reasoning_content.
    for (String field : List.of("reasoning_content", "reasoning")) {
      List<String> events = new ArrayList<>(chatText(field, prose(), false, false));
      events.addAll(chatText("content", "Done.", true, true));
      assertEquals(Map.of(field, PROSE_SEEN, "content", "Done."), chatAccumulated(inspect(Api.OPENAI_CHAT, events)), field);
    }
  }

  @Test
  void openAiChatTailIsReleasedWhenTheStreamJustStops() {
    List<SseEvent> events = inspect(Api.OPENAI_CHAT, chatText("content", prose(), false, false));
    assertEquals(PROSE_SEEN, chatAccumulated(events).get("content"));
  }

  // ---- Anthropic messages ----

  private static List<String> anthropicStart() {
    ObjectNode start = JSON.createObjectNode().put("type", "message_start");
    start.putObject("message").put("id", "msg_1").put("type", "message").put("role", "assistant").put("model", "demo")
        .putArray("content");
    return new ArrayList<>(List.of(sse("message_start", start)));
  }

  /** One content block: its start, its deltas of {@code deltaType} in {@code field}, and (maybe) its stop. */
  private static void anthropicBlock(List<String> events, int index, ObjectNode block, String deltaType, String field,
                                     String text, boolean stops) {
    ObjectNode start = JSON.createObjectNode().put("type", "content_block_start").put("index", index);
    start.set("content_block", block);
    events.add(sse("content_block_start", start));
    for (String d : oneCharacterPieces(text)) {
      ObjectNode e = JSON.createObjectNode().put("type", "content_block_delta").put("index", index);
      e.putObject("delta").put("type", deltaType).put(field, d);
      events.add(sse("content_block_delta", e));
    }
    if (stops) {
      events.add(sse("content_block_stop", JSON.createObjectNode().put("type", "content_block_stop").put("index", index)));
    }
  }

  private static void anthropicEnd(List<String> events) {
    ObjectNode md = JSON.createObjectNode().put("type", "message_delta");
    md.putObject("delta").put("stop_reason", "end_turn").putNull("stop_sequence");
    md.putObject("usage").put("output_tokens", 9);
    events.add(sse("message_delta", md));
    events.add(sse("message_stop", JSON.createObjectNode().put("type", "message_stop")));
  }

  private static ObjectNode toolUseBlock() {
    ObjectNode b = JSON.createObjectNode().put("type", "tool_use").put("id", "toolu_1").put("name", "lookup");
    b.putObject("input");
    return b;
  }

  /**
   * What an Anthropic SDK accumulates, per block index, refusing what it refuses: a delta whose type
   * does not belong to its block's type (a text_delta on a tool_use block), a delta for a block that
   * is not open, anything after message_stop.
   */
  private static Map<Integer, String> anthropicAccumulated(List<SseEvent> events) {
    Map<String, String> fieldOf = Map.of("text_delta", "text", "input_json_delta", "partial_json",
        "thinking_delta", "thinking");
    Map<String, Set<String>> allowed = Map.of("text", Set.of("text_delta", "citations_delta"),
        "tool_use", Set.of("input_json_delta"), "thinking", Set.of("thinking_delta", "signature_delta"));
    Map<Integer, String> blockType = new HashMap<>();
    Map<Integer, String> text = new LinkedHashMap<>();
    String last = null;
    for (SseEvent e : events) {
      assertFalse("message_stop".equals(last), "nothing follows message_stop: " + e);
      JsonNode ev = parse(e.data());
      last = ev.path("type").asText();
      assertEquals(last, e.event(), "the event name matches its type");
      int index = ev.path("index").asInt();
      switch (last) {
        case "content_block_start" -> blockType.put(index, ev.path("content_block").path("type").asText());
        case "content_block_stop" -> blockType.remove(index);
        case "content_block_delta" -> {
          String type = ev.path("delta").path("type").asText();
          String block = blockType.get(index);
          if (block == null || !allowed.get(block).contains(type)) {
            fail("a " + type + " on " + (block == null ? "a block that is not open" : "a " + block + " block") + ": " + e.data());
          }
          if (fieldOf.containsKey(type)) {
            text.merge(index, ev.path("delta").path(fieldOf.get(type)).asText(), String::concat);
          }
        }
        default -> { }
      }
    }
    return text;
  }

  /** A message with a text block, then a tool_use block; {@code stops}: whether the provider closes each block. */
  private static List<String> anthropicTextThenToolUse(boolean stops) {
    List<String> events = anthropicStart();
    anthropicBlock(events, 0, JSON.createObjectNode().put("type", "text").put("text", ""), "text_delta", "text", prose(), stops);
    anthropicBlock(events, 1, toolUseBlock(), "input_json_delta", "partial_json", arguments(), stops);
    anthropicEnd(events);
    return events;
  }

  @Test
  void anthropicToolUseTailGoesOutAsInputJsonDelta() throws Exception {
    List<SseEvent> out = inspect(Api.ANTHROPIC_MESSAGES, anthropicTextThenToolUse(true));
    Map<Integer, String> got = anthropicAccumulated(out);
    assertEquals(PROSE_SEEN, got.get(0));
    assertEquals(ARGUMENTS_SEEN, got.get(1));
    assertEquals(ID, JSON.readTree(got.get(1)).path("holder").asText(), "the tool input is JSON an SDK can parse");
    assertEquals("message_stop", out.getLast().event());
  }

  @Test
  void anthropicTailsAreReleasedBeforeTheMessageEndsWhenNoBlockStopCame() {
    List<SseEvent> out = inspect(Api.ANTHROPIC_MESSAGES, anthropicTextThenToolUse(false));
    Map<Integer, String> got = anthropicAccumulated(out);
    assertEquals(PROSE_SEEN, got.get(0));
    assertEquals(ARGUMENTS_SEEN, got.get(1));
    assertEquals("message_delta", out.get(out.size() - 2).event(), "the tails come before the message's end");
    assertEquals("message_stop", out.getLast().event());
  }

  @Test
  void anthropicThinkingIsRestoredAndRedactedAndItsTailComesBeforeTheSignature() {
    List<String> events = anthropicStart();
    anthropicBlock(events, 0, JSON.createObjectNode().put("type", "thinking").put("thinking", "").put("signature", ""),
        "thinking_delta", "thinking", prose(), false);
    ObjectNode signature = JSON.createObjectNode().put("type", "content_block_delta").put("index", 0);
    signature.putObject("delta").put("type", "signature_delta").put("signature", "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds");
    events.add(sse("content_block_delta", signature));
    events.add(sse("content_block_stop", JSON.createObjectNode().put("type", "content_block_stop").put("index", 0)));
    anthropicEnd(events);
    List<SseEvent> out = inspect(Api.ANTHROPIC_MESSAGES, events);
    assertEquals(PROSE_SEEN, anthropicAccumulated(out).get(0));
    List<String> deltaTypes = out.stream().filter(e -> "content_block_delta".equals(e.event()))
        .map(e -> parse(e.data()).path("delta").path("type").asText()).toList();
    assertEquals("signature_delta", deltaTypes.getLast(), "the signature stays the block's last delta");
    assertTrue(out.stream().anyMatch(e -> e.data().contains(signature.path("delta").path("signature").asText())),
        "the signature is passed on as it came");
  }

  @Test
  void anthropicTailIsReleasedWhenTheStreamJustStops() {
    List<String> events = anthropicStart();
    anthropicBlock(events, 0, JSON.createObjectNode().put("type", "text").put("text", ""), "text_delta", "text", prose(), false);
    assertEquals(PROSE_SEEN, anthropicAccumulated(inspect(Api.ANTHROPIC_MESSAGES, events)).get(0));
  }

  // ---- OpenAI responses ----

  private static ObjectNode responsesEvent(String type, String itemId, int outputIndex) {
    return JSON.createObjectNode().put("type", type).put("item_id", itemId).put("output_index", outputIndex);
  }

  private static void responsesCreated(List<String> events) {
    ObjectNode created = JSON.createObjectNode().put("type", "response.created");
    created.putObject("response").put("id", "resp_1").put("object", "response").put("status", "in_progress")
        .putArray("output");
    events.add(sse("response.created", created));
  }

  /** One field's deltas ({@code family} e.g. response.output_text), then (maybe) its {@code .done} with the whole text. */
  private static void responsesField(List<String> events, String family, String itemId, int outputIndex, String indexName,
                                     String text, String doneField, boolean done) {
    for (String d : oneCharacterPieces(text)) {
      ObjectNode e = responsesEvent(family + ".delta", itemId, outputIndex).put("delta", d);
      if (indexName != null) {
        e.put(indexName, 0);
      }
      events.add(sse(family + ".delta", e));
    }
    if (done) {
      ObjectNode e = responsesEvent(family + ".done", itemId, outputIndex).put(doneField, text);
      if (indexName != null) {
        e.put(indexName, 0);
      }
      events.add(sse(family + ".done", e));
    }
  }

  private static void responsesCompleted(List<String> events) {
    ObjectNode completed = JSON.createObjectNode().put("type", "response.completed");
    completed.putObject("response").put("id", "resp_1").put("object", "response").put("status", "completed");
    events.add(sse("response.completed", completed));
  }

  /** Sequence numbers as a provider sends them: 0, 1, 2, ... in order. */
  private static List<String> numbered(List<String> events) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      String e = events.get(i);
      int data = e.indexOf("data: ") + 6;
      ObjectNode node = (ObjectNode) parse(e.substring(data).strip());
      out.add(e.substring(0, data) + node.put("sequence_number", i) + "\n\n");
    }
    return out;
  }

  /**
   * What an OpenAI SDK accumulates from a Responses stream: deltas joined per event family and item;
   * no delta of an item after that field's {@code .done}; sequence numbers strictly increasing.
   */
  private static Map<String, String> responsesAccumulated(List<SseEvent> events) {
    Map<String, String> text = new LinkedHashMap<>();
    Set<String> closed = new java.util.HashSet<>();
    long seq = -1;
    for (SseEvent e : events) {
      JsonNode ev = parse(e.data());
      String last = ev.path("type").asText();
      assertEquals(last, e.event(), "the event name matches its type");
      if (ev.has("sequence_number")) {
        assertTrue(ev.path("sequence_number").asLong() > seq, "sequence numbers increase: " + e.data());
        seq = ev.path("sequence_number").asLong();
      }
      String family = last.substring(0, last.lastIndexOf('.'));
      String field = family + "@" + ev.path("item_id").asText();
      if (last.endsWith(".delta")) {
        assertFalse(closed.contains(field), "a delta after its field's .done: " + e.data());
        text.merge(field, ev.path("delta").asText(), String::concat);
      } else if (last.endsWith(".done")) {
        closed.add(field);
      }
    }
    return text;
  }

  @Test
  void responsesFunctionCallTailIsAnArgumentsDeltaBeforeItsDone() {
    List<String> events = new ArrayList<>();
    responsesCreated(events);
    responsesField(events, "response.function_call_arguments", "fc_1", 0, null, arguments(), "arguments", true);
    responsesCompleted(events);
    List<SseEvent> out = inspect(Api.OPENAI_RESPONSES, numbered(events));
    Map<String, String> got = responsesAccumulated(out);
    assertEquals(ARGUMENTS_SEEN, got.get("response.function_call_arguments@fc_1"), got.toString());
    assertEquals(1, got.size(), got.toString());
    assertEquals("response.completed", out.getLast().event());
  }

  @Test
  void responsesReasoningSummaryIsRestoredAndRedactedWithTheSameHoldBack() {
    List<String> events = new ArrayList<>();
    responsesCreated(events);
    responsesField(events, "response.reasoning_summary_text", "rs_1", 0, "summary_index", prose(), "text", true);
    responsesField(events, "response.reasoning_text", "rs_1", 0, "content_index", prose(), "text", true);
    responsesField(events, "response.output_text", "msg_1", 1, "content_index", prose(), "text", true);
    responsesCompleted(events);
    List<SseEvent> out = inspect(Api.OPENAI_RESPONSES, numbered(events));
    assertEquals(Map.of("response.reasoning_summary_text@rs_1", PROSE_SEEN, "response.reasoning_text@rs_1", PROSE_SEEN,
        "response.output_text@msg_1", PROSE_SEEN), responsesAccumulated(out));
    assertFalse(out.toString().contains(surrogate), "no surrogate is left, not even in .done texts");
    assertFalse(out.toString().contains(LEAK), "the leaked value is nowhere");
  }

  /** Output text deltas with no .done events (as the stand-in provider streams), then (maybe) response.completed. */
  private static List<SseEvent> responsesTextWithoutDone(boolean completes) {
    List<String> events = new ArrayList<>();
    responsesCreated(events);
    responsesField(events, "response.output_text", "msg_1", 0, "content_index", prose(), "text", false);
    if (completes) {
      responsesCompleted(events);
    }
    return inspect(Api.OPENAI_RESPONSES, numbered(events));
  }

  @Test
  void responsesTailIsReleasedBeforeCompletedWhenNoDoneCame() {
    List<SseEvent> out = responsesTextWithoutDone(true);
    assertEquals(PROSE_SEEN, responsesAccumulated(out).get("response.output_text@msg_1"));
    assertEquals("response.completed", out.getLast().event());
  }

  @Test
  void responsesTailIsReleasedWhenTheStreamJustStops() {
    assertEquals(PROSE_SEEN, responsesAccumulated(responsesTextWithoutDone(false)).get("response.output_text@msg_1"));
  }
}
