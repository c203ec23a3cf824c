package io.portcullis.core.ingress;

import io.portcullis.core.api.ApiError;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/** Reads a request body, failing (413) as soon as it passes the limit rather than after buffering all of it. */
final class BoundedBody {
  private BoundedBody() {}

  static Future<Buffer> read(HttpServerRequest req, long maxBytes) {
    Promise<Buffer> p = Promise.promise();
    Buffer body = Buffer.buffer();
    req.handler(chunk -> {
      if (body.length() + chunk.length() > maxBytes) {
        req.pause();
        p.tryFail(tooLarge(maxBytes));
      } else {
        body.appendBuffer(chunk);
      }
    });
    req.exceptionHandler(p::tryFail);
    req.endHandler(v -> p.tryComplete(body));
    req.resume();
    return p.future();
  }

  static ApiError tooLarge(long maxBytes) {
    return new ApiError(413, "request_too_large", "request body exceeds " + maxBytes + " bytes");
  }
}
