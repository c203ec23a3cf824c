package io.portcullis.core.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The stand-in's answers in each real wire format: whole JSON bodies and SSE event sequences. */
enum Dialect {
  CHAT, COMPLETIONS, EMBEDDINGS, RESPONSES, MESSAGES;

  static Dialect forPath(String path) {
    return switch (path) {
      case "/v1/chat/completions" -> CHAT;
      case "/v1/completions" -> COMPLETIONS;
      case "/v1/embeddings" -> EMBEDDINGS;
      case "/v1/responses" -> RESPONSES;
      case "/v1/messages" -> MESSAGES;
      default -> null;
    };
  }

  String lastUserText(JsonNode body) {
    return switch (this) {
      case CHAT, MESSAGES -> {
        JsonNode messages = body.path("messages");
        String last = "";
        for (JsonNode m : messages) {
          if ("user".equals(m.path("role").asText())) {
            last = text(m.path("content"));
          }
        }
        yield last;
      }
      case COMPLETIONS -> text(body.path("prompt"));
      case EMBEDDINGS -> text(body.path("input"));
      case RESPONSES -> {
        JsonNode input = body.path("input");
        if (input.isTextual()) {
          yield input.textValue();
        }
        String last = "";
        for (JsonNode item : input) {
          if ("user".equals(item.path("role").asText())) {
            last = text(item.path("content"));
          }
        }
        yield last;
      }
    };
  }

  private static String text(JsonNode content) {
    if (content.isTextual()) {
      return content.textValue();
    }
    StringBuilder sb = new StringBuilder();
    for (JsonNode part : content) {
      if (part.isTextual()) {
        sb.append(part.textValue());
      } else if (part.has("text")) {
        sb.append(part.path("text").asText());
      }
    }
    return sb.toString();
  }

  ObjectNode whole(ObjectMapper m, String model, String text, JsonNode request) {
    ObjectNode o = m.createObjectNode();
    int inTokens = Math.max(1, request.toString().length() / 4);
    int outTokens = Math.max(1, text.length() / 4);
    switch (this) {
      case CHAT -> {
        o.put("id", "chatcmpl-standin").put("object", "chat.completion").put("created", 1_700_000_000L).put("model", model);
        ObjectNode choice = o.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop").putNull("logprobs");
        choice.putObject("message").put("role", "assistant").put("content", text).putNull("refusal");
        o.putObject("usage").put("prompt_tokens", inTokens).put("completion_tokens", outTokens).put("total_tokens", inTokens + outTokens);
      }
      case COMPLETIONS -> {
        o.put("id", "cmpl-standin").put("object", "text_completion").put("created", 1_700_000_000L).put("model", model);
        o.putArray("choices").addObject().put("index", 0).put("text", text).put("finish_reason", "stop").putNull("logprobs");
        o.putObject("usage").put("prompt_tokens", inTokens).put("completion_tokens", outTokens).put("total_tokens", inTokens + outTokens);
      }
      case EMBEDDINGS -> {
        o.put("object", "list").put("model", model);
        ObjectNode d = o.putArray("data").addObject();
        d.put("object", "embedding").put("index", 0);
        ArrayNode v = d.putArray("embedding");
        for (int i = 0; i < 8; i++) {
          v.add(((text.hashCode() >> i) & 0xff) / 255.0);
        }
        o.putObject("usage").put("prompt_tokens", inTokens).put("total_tokens", inTokens);
      }
      case RESPONSES -> responseObject(o, model, text, "completed", inTokens, outTokens);
      case MESSAGES -> {
        o.put("id", "msg_standin").put("type", "message").put("role", "assistant").put("model", model);
        o.putArray("content").addObject().put("type", "text").put("text", text);
        o.put("stop_reason", "end_turn").putNull("stop_sequence");
        o.putObject("usage").put("input_tokens", inTokens).put("output_tokens", outTokens);
      }
      default -> throw new IllegalStateException();
    }
    return o;
  }

  private static void responseObject(ObjectNode o, String model, String text, String status, int in, int out) {
    o.put("id", "resp_standin").put("object", "response").put("created_at", 1_700_000_000L).put("status", status)
        .put("model", model);
    ArrayNode output = o.putArray("output");
    if (text != null) {
      ObjectNode msg = output.addObject();
      msg.put("id", "msg_standin").put("type", "message").put("status", status).put("role", "assistant");
      msg.putArray("content").addObject().put("type", "output_text").put("text", text).putArray("annotations");
    }
    o.putObject("usage").put("input_tokens", in).put("output_tokens", out).put("total_tokens", in + out)
        .<ObjectNode>set("input_tokens_details", o.objectNode().put("cached_tokens", 0))
        .set("output_tokens_details", o.objectNode().put("reasoning_tokens", 0));
  }

  /** Splits text into 1-3 character deltas (cycling lengths), as real providers' tokens roughly do. */
  static List<String> deltas(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = 1;
    while (i < text.length()) {
      int end = Math.min(text.length(), i + n);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end++;
      }
      out.add(text.substring(i, end));
      i = end;
      n = n % 3 + 1;
    }
    return out;
  }

  List<String> streamEvents(ObjectMapper m, String model, String text) {
    List<String> events = new ArrayList<>();
    switch (this) {
      case CHAT -> {
        for (String d : deltas(text)) {
          ObjectNode c = chunk(m, model);
          c.withArray("choices").addObject().put("index", 0).putNull("finish_reason")
              .putObject("delta").put("content", d);
          events.add("data: " + c + "\n\n");
        }
        ObjectNode fin = chunk(m, model);
        fin.withArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("delta");
        events.add("data: " + fin + "\n\n");
        events.add("data: [DONE]\n\n");
      }
      case COMPLETIONS -> {
        for (String d : deltas(text)) {
          ObjectNode c = m.createObjectNode().put("id", "cmpl-standin").put("object", "text_completion")
              .put("created", 1_700_000_000L).put("model", model);
          c.withArray("choices").addObject().put("index", 0).put("text", d).putNull("finish_reason").putNull("logprobs");
          events.add("data: " + c + "\n\n");
        }
        events.add("data: [DONE]\n\n");
      }
      case RESPONSES -> {
        ObjectNode created = m.createObjectNode().put("type", "response.created").put("sequence_number", 0);
        responseObject(created.putObject("response"), model, null, "in_progress", 0, 0);
        events.add("event: response.created\ndata: " + created + "\n\n");
        int seq = 1;
        for (String d : deltas(text)) {
          ObjectNode e = m.createObjectNode().put("type", "response.output_text.delta").put("item_id", "msg_standin")
              .put("output_index", 0).put("content_index", 0).put("delta", d).put("sequence_number", seq++);
          e.putArray("logprobs");
          events.add("event: response.output_text.delta\ndata: " + e + "\n\n");
        }
        ObjectNode done = m.createObjectNode().put("type", "response.completed").put("sequence_number", seq);
        responseObject(done.putObject("response"), model, text, "completed", 1, Math.max(1, text.length() / 4));
        events.add("event: response.completed\ndata: " + done + "\n\n");
      }
      case MESSAGES -> {
        ObjectNode start = m.createObjectNode().put("type", "message_start");
        ObjectNode msg = start.putObject("message").put("id", "msg_standin").put("type", "message").put("role", "assistant")
            .put("model", model);
        msg.putArray("content");
        msg.putNull("stop_reason");
        msg.putNull("stop_sequence");
        msg.putObject("usage").put("input_tokens", 1).put("output_tokens", 1);
        events.add("event: message_start\ndata: " + start + "\n\n");
        ObjectNode bs = m.createObjectNode().put("type", "content_block_start").put("index", 0);
        bs.putObject("content_block").put("type", "text").put("text", "");
        events.add("event: content_block_start\ndata: " + bs + "\n\n");
        for (String d : deltas(text)) {
          ObjectNode e = m.createObjectNode().put("type", "content_block_delta").put("index", 0);
          e.putObject("delta").put("type", "text_delta").put("text", d);
          events.add("event: content_block_delta\ndata: " + e + "\n\n");
        }
        events.add("event: content_block_stop\ndata: " + m.createObjectNode().put("type", "content_block_stop").put("index", 0) + "\n\n");
        ObjectNode md = m.createObjectNode().put("type", "message_delta");
        md.putObject("delta").put("stop_reason", "end_turn").putNull("stop_sequence");
        md.putObject("usage").put("output_tokens", Math.max(1, text.length() / 4));
        events.add("event: message_delta\ndata: " + md + "\n\n");
        events.add("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");
      }
      case EMBEDDINGS -> throw new IllegalStateException("embeddings do not stream");
      default -> throw new IllegalStateException();
    }
    return events;
  }

  private static ObjectNode chunk(ObjectMapper m, String model) {
    return m.createObjectNode().put("id", "chatcmpl-standin").put("object", "chat.completion.chunk")
        .put("created", 1_700_000_000L).put("model", model);
  }
}
