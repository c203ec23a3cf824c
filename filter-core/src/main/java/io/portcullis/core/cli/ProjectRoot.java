package io.portcullis.core.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * The checkout the CLI runs from, where its shipped files (demo configuration, dictionaries) live:
 * {@code PORTCULLIS_ROOT}, which {@code deploy/portcullis} exports, else the working directory.
 * The environment is a parameter so commands can be tested with a root of their choosing.
 */
final class ProjectRoot {

  private ProjectRoot() {
  }

  /** The path {@code first/more...} below the root. */
  static Path resolve(Map<String, String> env, String first, String... more) {
    return Path.of(env.getOrDefault("PORTCULLIS_ROOT", ".")).resolve(Path.of(first, more));
  }
}
