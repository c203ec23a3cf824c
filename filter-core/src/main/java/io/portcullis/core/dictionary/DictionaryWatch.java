package io.portcullis.core.dictionary;

import io.portcullis.core.config.DictionariesConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;

/**
 * Notices edits to the dictionary directory and has them reloaded once they have settled.
 *
 * <p>It polls (a Vert.x timer; each walk of the directory on a worker thread) rather than using a
 * JDK WatchService: a WatchService watches one directory level while lists may sit in
 * subdirectories, misses edits made from another machine on a network file system, and needs a
 * thread of its own blocked in {@code take()} and a shutdown for it. Walking a
 * handful of files every {@code dictionaries-poll-ms} costs next to nothing, sees every way a file
 * changes (written in place, renamed over, a Kubernetes ConfigMap swapping its symlinked
 * directory), and stops with the timer.
 *
 * <p>Debounced: a change is reloaded once a poll finds the directory as the previous poll did, so a
 * burst of edits (an editor's temporary file and rename, config management writing ten lists) makes
 * one reload, never a compile of a half-written file. A rejected state is not retried on every
 * poll; the next edit is.
 */
public final class DictionaryWatch {
  private final Vertx vertx;
  private final Path directory;
  private final long pollMs;
  // Touched by one poll at a time: each poll schedules the next when it is done.
  private TermFiles loaded;
  private TermFiles pending;
  private volatile boolean stopped;
  private volatile long timer = -1;

  /**
   * Takes the directory's snapshot now: make the watch before the dictionaries are compiled, so an
   * edit made while the compile runs still counts as a change.
   */
  public DictionaryWatch(Vertx vertx, DictionariesConfig config) {
    this(vertx, config.directory(), config.pollMs(), TermFiles.scan(config.directory()));
  }

  DictionaryWatch(Vertx vertx, Path directory, long pollMs, TermFiles compiledFrom) {
    this.vertx = vertx;
    this.directory = directory;
    this.pollMs = pollMs;
    this.loaded = compiledFrom;
  }

  public void start(DictionaryReloads reloads) {
    schedule(reloads);
  }

  /** No poll starts after this; one running finishes its walk (and reload) and schedules nothing. */
  public void stop() {
    stopped = true;
    vertx.cancelTimer(timer);
  }

  private void schedule(DictionaryReloads reloads) {
    if (!stopped) {
      timer = vertx.setTimer(pollMs, id -> poll(reloads));
    }
  }

  private void poll(DictionaryReloads reloads) {
    vertx.executeBlocking(() -> settledChange(TermFiles.scan(directory)), false)
        .compose(changed -> changed && !stopped
            ? reloads.reload("edited in " + directory).<Void>mapEmpty() : Future.<Void>succeededFuture())
        .onComplete(done -> schedule(reloads));
  }

  /** Whether this poll found a change that has held still since the previous poll. */
  boolean settledChange(TermFiles now) {
    if (now.equals(loaded)) {
      pending = null;
      return false;
    }
    if (!now.equals(pending)) {
      pending = now;
      return false;
    }
    loaded = now;
    pending = null;
    return true;
  }
}
