package io.portcullis.core.enforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.core.api.Api;
import io.portcullis.core.upstream.SseEventSplitter.SseEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Rewrites a streamed answer event by event, in each API's own streaming shape: every text delta
 * goes through its field's {@link DeltaFilter} (so a value split across 1-character deltas is still
 * seen whole), held-back text is released as a delta of the field's own kind when the field ends
 * (OpenAI: in the choice's finishing chunk; Anthropic: an event of the block's delta type just before
 * {@code content_block_stop}; Responses: a delta event just before the field's {@code .done}), and
 * whole texts repeated in closing events are rewritten with {@code wholeText}. Providers do not all
 * send those closing events, so whatever is still held back also goes out before the stream's last
 * events ({@code [DONE]}, {@code message_delta}/{@code message_stop}, {@code response.completed})
 * and, failing those, at {@link #finish()}. The stream stays well-formed: every event the provider
 * sent is still sent, in order, and added events are of the shape's own kinds.
 */
public final class StreamInspector {
  /**
   * Chat delta fields that carry the model's text. Reasoning counts: it is shown to callers and may
   * repeat a surrogate or a value. {@code reasoning_content} is how DeepSeek and Qwen (the in-region
   * reroute targets) stream it; {@code reasoning} is how vLLM and OpenRouter do.
   */
  private static final List<String> CHAT_DELTA_FIELDS = List.of("content", "refusal", "reasoning_content", "reasoning");
  /** Anthropic delta types that carry the model's text, and the field that carries it. */
  private static final Map<String, String> ANTHROPIC_DELTA_FIELDS = Map.of(
      "text_delta", "text",
      "input_json_delta", "partial_json",
      "thinking_delta", "thinking");
  /** Responses event families ({@code <family>.delta} ... {@code <family>.done}) whose deltas are the model's text. */
  private static final Set<String> RESPONSES_TEXT_FAMILIES = Set.of(
      "response.output_text", "response.refusal", "response.function_call_arguments",
      "response.reasoning_summary_text", "response.reasoning_text");
  /** Responses events before which every open field releases its tail: the response is ending. */
  private static final Set<String> RESPONSES_ENDING = Set.of("response.completed", "response.incomplete",
      "response.failed", "error");

  private final Api api;
  private final ObjectMapper mapper;
  private final UnaryOperator<String> wholeText;
  private final OpenFields open;
  /** Events this inspector added so far (Responses: how far the provider's sequence numbers shift). */
  private long added;
  /** Responses: the provider's last sequence number, so tails added at the very end follow it. */
  private long lastSeq = -1;
  /** OpenAI: the last chunk seen, whose id, model etc. a chunk added at the end repeats. */
  private ObjectNode lastChunk;

  public StreamInspector(Api api, ObjectMapper mapper, Supplier<DeltaFilter> filters, UnaryOperator<String> wholeText) {
    this.api = api;
    this.mapper = mapper;
    this.wholeText = wholeText;
    this.open = new OpenFields(filters);
  }

  /** The SSE text to send for one event from the provider (possibly several events). */
  public String onEvent(SseEvent event) {
    String data = event.data();
    if (data.equals("[DONE]") && lastChunk != null) {
      return chatEnd() + format(event.event(), data);
    }
    if (data.isEmpty() || data.charAt(0) != '{') {
      return format(event.event(), data);
    }
    JsonNode node;
    try {
      node = mapper.readTree(data);
    } catch (JsonProcessingException e) {
      return format(event.event(), data);
    }
    if (!(node instanceof ObjectNode obj)) {
      return format(event.event(), data);
    }
    StringBuilder out = new StringBuilder();
    switch (api) {
      case OPENAI_CHAT, OPENAI_COMPLETIONS -> openAiChoices(obj);
      case ANTHROPIC_MESSAGES -> anthropic(obj, out);
      case OPENAI_RESPONSES -> responses(obj, out);
      default -> { }
    }
    out.append(format(event.event(), obj.toString()));
    return out.toString();
  }

  /**
   * What the stream still held back, as well-formed events of its shape, for when it ends without the
   * events that would have released it. Nothing when everything was already released.
   */
  public String finish() {
    if (lastChunk != null) {
      return chatEnd();
    }
    StringBuilder out = new StringBuilder();
    emit(open.endAll(), lastSeq < 0 ? -1 : lastSeq + 1, out);
    return out.toString();
  }

  private void openAiChoices(ObjectNode event) {
    if (event.has("choices")) {
      lastChunk = event;
    }
    for (JsonNode c : event.path("choices")) {
      if (!(c instanceof ObjectNode choice)) {
        continue;
      }
      int index = choice.path("index").asInt();
      String idx = String.valueOf(index);
      if (api == Api.OPENAI_COMPLETIONS) {
        filterField(choice, "text", "text@" + idx, idx, () -> chatTail(index, null, "text"));
      } else if (choice.get("delta") instanceof ObjectNode delta) {
        for (String field : CHAT_DELTA_FIELDS) {
          filterField(delta, field, field + "@" + idx, idx, () -> chatTail(index, "delta", field));
        }
        for (JsonNode call : delta.path("tool_calls")) {
          if (call.path("function") instanceof ObjectNode fn) {
            int n = call.path("index").asInt();
            filterField(fn, "arguments", "tool@" + idx + "." + n, idx, () -> toolCallTail(index, n));
          }
        }
      }
      if (choice.hasNonNull("finish_reason")) {
        // Every field of the finishing choice releases its tail in this chunk, before the finish reason.
        open.endGroup(idx).forEach(tail -> merge(choice, tail));
      }
    }
  }

  /** One more chunk, like the last one, whose choices carry every open field's tail (empty if none held anything). */
  private String chatEnd() {
    List<ObjectNode> tails = open.endAll();
    if (tails.isEmpty()) {
      return "";
    }
    ObjectNode chunk = lastChunk.deepCopy();
    chunk.retain("id", "object", "created", "model", "system_fingerprint", "service_tier");
    ArrayNode choices = chunk.putArray("choices");
    Map<Integer, ObjectNode> byIndex = new TreeMap<>();
    for (ObjectNode tail : tails) {
      ObjectNode choice = byIndex.putIfAbsent(tail.path("index").asInt(), tail);
      if (choice != null) {
        merge(choice, tail);
      }
    }
    byIndex.values().forEach(c -> choices.add(c.putNull("finish_reason")));
    return format(null, chunk.toString());
  }

  /** A chat choice (completions: {@code text}; chat: {@code delta.<field>}) carrying a field's tail. */
  private OpenFields.Tail chatTail(int index, String delta, String field) {
    ObjectNode choice = mapper.createObjectNode().put("index", index);
    ObjectNode holder = delta == null ? choice : choice.putObject(delta);
    return new OpenFields.Tail(choice, holder, field);
  }

  /** A chat choice whose delta continues tool call {@code n}'s arguments: SDKs join calls by index. */
  private OpenFields.Tail toolCallTail(int index, int n) {
    ObjectNode choice = mapper.createObjectNode().put("index", index);
    ObjectNode fn = choice.putObject("delta").withArray("tool_calls").addObject().put("index", n).putObject("function");
    return new OpenFields.Tail(choice, fn, "arguments");
  }

  /** Strings are appended (a tail after the chunk's own delta), arrays joined, objects merged. */
  private static void merge(ObjectNode into, ObjectNode from) {
    from.properties().forEach(e -> {
      JsonNode have = into.get(e.getKey());
      JsonNode add = e.getValue();
      if (have instanceof ObjectNode h && add instanceof ObjectNode a) {
        merge(h, a);
      } else if (have instanceof ArrayNode h && add instanceof ArrayNode a) {
        h.addAll(a);
      } else if (have != null && have.isTextual() && add.isTextual()) {
        into.put(e.getKey(), have.textValue() + add.textValue());
      } else {
        into.set(e.getKey(), add);
      }
    });
  }

  private void anthropic(ObjectNode event, StringBuilder before) {
    String type = event.path("type").asText();
    String key = "block@" + event.path("index").asText("0");
    switch (type) {
      case "content_block_delta" -> {
        if (event.get("delta") instanceof ObjectNode delta) {
          String field = ANTHROPIC_DELTA_FIELDS.get(delta.path("type").asText());
          if (field != null) {
            filterField(delta, field, key, key, () -> anthropicTail(event, field));
          } else if (delta.path("type").asText().equals("signature_delta")) {
            // A thinking block's signature follows all of its thinking: the thinking's tail goes out
            // before it, so the block's events keep the provider's order.
            emit(open.end(key), -1, before);
          }
        }
      }
      case "content_block_stop" -> emit(open.end(key), -1, before);
      case "message_delta", "message_stop", "error" -> emit(open.endAll(), -1, before);
      case "message_start", "content_block_start" -> rewriteStrings(event);
      default -> { }
    }
  }

  /** A copy of the block's own delta event (same delta type: input_json_delta stays input_json_delta) for its tail. */
  private static OpenFields.Tail anthropicTail(ObjectNode event, String field) {
    ObjectNode tail = event.deepCopy();
    tail.retain("type", "index", "delta");
    ObjectNode delta = (ObjectNode) tail.get("delta");
    delta.retain("type");
    return new OpenFields.Tail(tail, delta, field);
  }

  private void responses(ObjectNode event, StringBuilder before) {
    String type = event.path("type").asText();
    int dot = type.lastIndexOf('.');
    String family = type.substring(0, Math.max(dot, 0));
    String item = event.path("item_id").asText("");
    long seq = event.path("sequence_number").asLong(-1);
    lastSeq = Math.max(lastSeq, seq);
    if (RESPONSES_TEXT_FAMILIES.contains(family) && type.endsWith(".delta")) {
      String key = family + "@" + item + "/" + event.path("output_index").asText("") + "/"
          + event.path("content_index").asText("") + "/" + event.path("summary_index").asText("");
      filterField(event, "delta", key, item, () -> responsesTail(event));
    } else {
      if (RESPONSES_ENDING.contains(type)) {
        emit(open.endAll(), seq, before);
      } else if (type.endsWith(".done") && !item.isEmpty()) {
        // The field's own .done, or its content part's or item's when the provider skipped that one:
        // an item's parts stream one after another, so whatever of the item is open has ended.
        emit(open.endGroup(item), seq, before);
      }
      rewriteStrings(event);
    }
    numbered(event, seq);
  }

  /** A copy of the field's own delta event (same type, item and index) for its tail. */
  private static OpenFields.Tail responsesTail(ObjectNode event) {
    ObjectNode tail = event.deepCopy();
    tail.retain("type", "item_id", "output_index", "content_index", "summary_index", "logprobs");
    if (tail.has("logprobs")) {
      tail.putArray("logprobs"); // the tail's text is the inspected one: the provider's logprobs do not describe it
    }
    return new OpenFields.Tail(tail, tail, "delta");
  }

  private void numbered(ObjectNode event, long providerSeq) {
    if (providerSeq >= 0) {
      event.put("sequence_number", providerSeq + added);
    }
  }

  private void filterField(ObjectNode holder, String field, String key, String group, Supplier<OpenFields.Tail> tail) {
    JsonNode v = holder.get(field);
    if (v != null && v.isTextual()) {
      holder.put(field, open.accept(key, group, v.textValue(), tail));
    }
  }

  /**
   * Tail events (Anthropic, Responses) go out as events of their own, named after their type as
   * providers do. Responses events are numbered ({@code seq}, the provider's number of the event they
   * precede; -1 for shapes without numbers): each added event shifts the numbers after it by one, so
   * the caller still sees strictly increasing sequence numbers.
   */
  private void emit(List<ObjectNode> tails, long seq, StringBuilder out) {
    for (ObjectNode tail : tails) {
      numbered(tail, seq);
      added++;
      out.append(format(tail.path("type").asText(), tail.toString()));
    }
  }

  /** Whole texts repeated in opening/closing events (e.g. response.completed) are rewritten as wholes. */
  private void rewriteStrings(ObjectNode node) {
    JsonStrings.rewrite(node, wholeText);
  }

  private static String format(String event, String data) {
    StringBuilder sb = new StringBuilder();
    if (event != null) {
      sb.append("event: ").append(event).append('\n');
    }
    for (String line : data.split("\n", -1)) {
      sb.append("data: ").append(line).append('\n');
    }
    return sb.append('\n').toString();
  }
}
