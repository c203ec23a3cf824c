package io.portcullis.core.upstream;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerResponse;

/**
 * Feeds a stream that must be rewritten through its {@link AnswerStream} on a worker thread and
 * writes the result to the caller on the event loop. Rewriting classifies text (the response policy),
 * CPU work the relaying event loop must not carry. At most one batch per stream is on a worker at a
 * time; chunks arriving meanwhile are joined into the next batch (so a stream of 1-character deltas
 * costs a few worker hops, not one per delta), and order is kept. Bounded: past
 * {@link #MAX_WAITING_BYTES} waiting, the provider's response is paused.
 */
final class OffLoopFeed {
  static final int MAX_WAITING_BYTES = 256 * 1024;

  private final Vertx vertx;
  private final AnswerStream answer;
  private final HttpClientResponse resp;
  private final HttpServerResponse out;
  private final Runnable onFailure;
  private Buffer waiting = Buffer.buffer();
  private boolean running;
  private Throwable failure;
  private Promise<Void> drained;
  private Future<Void> finished;

  /** {@code onFailure}: what to do when a batch cannot be rewritten (nothing more is written). */
  OffLoopFeed(Vertx vertx, AnswerStream answer, HttpClientResponse resp, HttpServerResponse out, Runnable onFailure) {
    this.vertx = vertx;
    this.answer = answer;
    this.resp = resp;
    this.out = out;
    this.onFailure = onFailure;
  }

  void feed(Buffer chunk) {
    if (failure != null) {
      return;
    }
    waiting.appendBuffer(chunk);
    if (waiting.length() > MAX_WAITING_BYTES) {
      resp.pause();
    }
    if (!running) {
      next();
    }
  }

  /** Completes when everything fed so far has been written; fails if something could not be rewritten. */
  private Future<Void> drained() {
    if (failure != null) {
      return Future.failedFuture(failure);
    }
    if (!running) {
      return Future.succeededFuture();
    }
    if (drained == null) {
      drained = Promise.promise();
    }
    return drained.future();
  }

  /**
   * Completes once everything fed so far has been written, and after it what the answer's inspection
   * still held back (inspected on a worker too); fails if something could not be rewritten. Asked
   * once the provider's stream ended or failed (possibly both): the tail is written once.
   */
  Future<Void> finish() {
    if (finished == null) {
      finished = drained().compose(v -> vertx.executeBlocking(answer::finish, false)).map(rest -> {
        write(rest);
        return null;
      });
    }
    return finished;
  }

  private void write(Buffer b) {
    if (b.length() > 0 && !out.ended() && !out.closed()) {
      out.write(b);
    }
  }

  private void next() {
    if (waiting.length() == 0) {
      running = false;
      if (drained != null) {
        drained.complete();
        drained = null;
      }
      return;
    }
    running = true;
    Buffer batch = waiting;
    waiting = Buffer.buffer();
    vertx.executeBlocking(() -> answer.feed(batch), false).onComplete(r -> {
      if (r.failed()) {
        failure = r.cause();
        running = false;
        if (drained != null) {
          drained.fail(failure);
        }
        onFailure.run();
        return;
      }
      write(r.result());
      if (out.writeQueueFull()) {
        resp.pause();
        out.drainHandler(v -> resumeIfRoom());
      } else {
        resumeIfRoom();
      }
      next();
    });
  }

  private void resumeIfRoom() {
    if (waiting.length() <= MAX_WAITING_BYTES && !out.writeQueueFull()) {
      resp.resume();
    }
  }
}
