package io.portcullis.core.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.core.api.ApiError;
import io.vertx.core.Future;
import java.io.IOException;

/**
 * Parses the request body strictly: valid UTF-8, bounded nesting, no duplicate keys (a duplicated
 * {@code messages} or {@code model} is how a request smuggles text past a filter that reads the first
 * copy to a provider that reads the last), and an object at the top.
 */
public final class ParseRequest implements ExchangeStage {
  private final ObjectMapper mapper;

  public ParseRequest(int maxDepth) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build())
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    // Trailing content after the object would be ignored here but might be read by a provider's parser.
    this.mapper = new ObjectMapper(factory).enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  @Override
  public String name() {
    return "parse";
  }

  @Override
  public Future<Void> apply(Exchange exchange) {
    JsonNode node;
    try {
      node = mapper.readTree(exchange.rawBody().getBytes());
    } catch (StreamConstraintsException e) {
      return Future.failedFuture(ApiError.badRequest("json_too_deep", "request JSON is nested too deeply: " + e.getOriginalMessage()));
    } catch (JsonParseException e) {
      String msg = e.getOriginalMessage();
      if (msg != null && msg.contains("UTF-8")) {
        return Future.failedFuture(ApiError.badRequest("invalid_utf8", "request body is not valid UTF-8: " + msg));
      }
      if (msg != null && msg.startsWith("Duplicate field")) {
        return Future.failedFuture(ApiError.badRequest("duplicate_key", "request JSON has a duplicate key: " + msg));
      }
      return Future.failedFuture(ApiError.badRequest("invalid_json", "request body is not valid JSON: " + msg
          + " at line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr()));
    } catch (IOException e) {
      return Future.failedFuture(ApiError.badRequest("invalid_json", "request body is not valid JSON: " + e.getMessage()));
    }
    if (!(node instanceof ObjectNode obj)) {
      return Future.failedFuture(ApiError.badRequest("invalid_json", "request body must be a JSON object"));
    }
    exchange.body(obj);
    JsonNode stream = obj.get("stream");
    if (stream != null && !stream.isBoolean() && !stream.isNull()) {
      return Future.failedFuture(ApiError.badRequest("invalid_stream", "'stream' must be true or false"));
    }
    exchange.stream(stream != null && stream.booleanValue());
    return Future.succeededFuture();
  }

  /** The mapper used to write bodies upstream: what we forward is exactly the tree we inspected. */
  public ObjectMapper mapper() {
    return mapper;
  }

}
