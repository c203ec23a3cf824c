package io.portcullis.core.enforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.core.api.Api;
import io.portcullis.core.upstream.SseEventSplitter.SseEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Rewrites a streamed answer event by event, in each API's own streaming shape: every text delta
 * goes through its field's {@link DeltaFilter} (so a value split across 1-character deltas is still
 * seen whole), held-back text is released in the field's last delta (OpenAI: the choice's finishing
 * chunk; Anthropic: a delta just before {@code content_block_stop}; Responses: just before
 * {@code response.output_text.done}), and whole texts repeated in closing events are rewritten with
 * {@code wholeText}. The stream stays well-formed: every event the provider sent is still sent.
 */
public final class StreamInspector {
  private final Api api;
  private final ObjectMapper mapper;
  private final Supplier<DeltaFilter> filters;
  private final UnaryOperator<String> wholeText;
  private final Map<String, DeltaFilter> open = new HashMap<>();

  public StreamInspector(Api api, ObjectMapper mapper, Supplier<DeltaFilter> filters, UnaryOperator<String> wholeText) {
    this.api = api;
    this.mapper = mapper;
    this.filters = filters;
    this.wholeText = wholeText;
  }

  /** The SSE text to send for one event from the provider (possibly several events). */
  public String onEvent(SseEvent event) {
    String data = event.data();
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

  private void openAiChoices(ObjectNode event) {
    for (JsonNode c : event.path("choices")) {
      if (!(c instanceof ObjectNode choice)) {
        continue;
      }
      String idx = choice.path("index").asText("0");
      boolean finishing = choice.hasNonNull("finish_reason");
      if (api == Api.OPENAI_COMPLETIONS) {
        filterField(choice, "text", "c" + idx, finishing);
        continue;
      }
      JsonNode d = choice.get("delta");
      if (d instanceof ObjectNode delta) {
        filterField(delta, "content", "c" + idx, finishing);
        filterField(delta, "refusal", "r" + idx, finishing);
        JsonNode calls = delta.path("tool_calls");
        for (JsonNode call : calls) {
          if (call.path("function") instanceof ObjectNode fn) {
            filterField(fn, "arguments", "t" + idx + "." + call.path("index").asText("0"), finishing);
          }
        }
      } else if (finishing) {
        ObjectNode delta = choice.putObject("delta");
        filterField(delta, "content", "c" + idx, true);
        if (delta.path("content").asText("").isEmpty()) {
          delta.remove("content");
        }
      }
      if (finishing) {
        // Fields of this choice that got no delta in the finishing chunk still release their tail.
        flushPrefix(choice, idx);
      }
    }
  }

  private void flushPrefix(ObjectNode choice, String idx) {
    List<String> keys = new ArrayList<>();
    for (String k : open.keySet()) {
      if (k.startsWith("t" + idx + ".") || k.equals("r" + idx)) {
        keys.add(k);
      }
    }
    for (String k : keys) {
      String rest = open.remove(k).finish();
      if (!rest.isEmpty()) {
        ObjectNode delta = choice.with("delta");
        if (k.startsWith("r")) {
          delta.put("refusal", delta.path("refusal").asText("") + rest);
        }
        // A tool call's tail goes out in the same finishing chunk as a continuation of its arguments.
        else {
          ObjectNode call = delta.withArray("tool_calls").addObject();
          call.put("index", Integer.parseInt(k.substring(k.indexOf('.') + 1)));
          call.putObject("function").put("arguments", rest);
        }
      }
    }
  }

  private void anthropic(ObjectNode event, StringBuilder before) {
    String type = event.path("type").asText();
    String key = "b" + event.path("index").asText("0");
    switch (type) {
      case "content_block_delta" -> {
        JsonNode d = event.get("delta");
        if (d instanceof ObjectNode delta) {
          filterField(delta, delta.has("partial_json") ? "partial_json" : "text", key, false);
        }
      }
      case "content_block_stop" -> {
        DeltaFilter f = open.remove(key);
        String rest = f == null ? "" : f.finish();
        if (!rest.isEmpty()) {
          ObjectNode extra = mapper.createObjectNode().put("type", "content_block_delta").put("index", event.path("index").asInt());
          extra.putObject("delta").put("type", "text_delta").put("text", rest);
          before.append(format("content_block_delta", extra.toString()));
        }
      }
      case "message_start", "content_block_start" -> rewriteStrings(event);
      default -> { }
    }
  }

  private void responses(ObjectNode event, StringBuilder before) {
    String type = event.path("type").asText();
    String key = event.path("item_id").asText("") + "/" + event.path("output_index").asText("0") + "/"
        + event.path("content_index").asText("0");
    switch (type) {
      case "response.output_text.delta", "response.function_call_arguments.delta", "response.refusal.delta" ->
          filterField(event, "delta", key, false);
      case "response.output_text.done", "response.function_call_arguments.done", "response.refusal.done" -> {
        DeltaFilter f = open.remove(key);
        String rest = f == null ? "" : f.finish();
        if (!rest.isEmpty()) {
          ObjectNode extra = event.deepCopy();
          extra.retain("type", "item_id", "output_index", "content_index", "sequence_number");
          extra.put("type", type.replace(".done", ".delta"));
          extra.put("delta", rest);
          before.append(format(type.replace(".done", ".delta"), extra.toString()));
        }
        rewriteStrings(event);
      }
      default -> rewriteStrings(event);
    }
  }

  private void filterField(ObjectNode holder, String field, String key, boolean finishing) {
    JsonNode v = holder.get(field);
    String emitted = "";
    if (v != null && v.isTextual()) {
      emitted = open.computeIfAbsent(key, k -> filters.get()).accept(v.textValue());
    }
    if (finishing) {
      DeltaFilter f = open.remove(key);
      if (f != null) {
        emitted += f.finish();
      }
    }
    if (v != null && v.isTextual() || !emitted.isEmpty()) {
      holder.put(field, emitted);
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
