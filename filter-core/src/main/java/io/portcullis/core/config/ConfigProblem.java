package io.portcullis.core.config;

/** One thing wrong with a configuration file, phrased for the operator who must fix it. */
public record ConfigProblem(String file, String key, String message, boolean fatal) {

  @Override
  public String toString() {
    return file + ": " + key + ": " + message;
  }
}
