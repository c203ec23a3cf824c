package io.portcullis.core.config;

import java.nio.file.Path;

/**
 * The compliance officers' term lists ({@code classifiers.dictionaries}) and how often the proxy
 * looks for edits to them.
 *
 * @param directory the directory of {@code *.terms} files, absolute
 * @param pollMs    {@code classifiers.dictionaries-poll-ms}: how often the directory is checked for
 *                  edits; 0 means never (reloads then come only from
 *                  {@code POST /admin/v1/dictionaries/reload})
 */
public record DictionariesConfig(Path directory, long pollMs) {
  /** Often enough that an officer sees an edit take effect while still looking at it. */
  public static final long DEFAULT_POLL_MS = 2_000;
  /** Below this the directory walk would be a busy loop, not a watch. */
  public static final long MIN_POLL_MS = 100;
}
