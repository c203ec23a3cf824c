package io.portcullis.core.config;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:-default}} in configuration strings, so secrets stay in
 * the environment rather than in files. An unset variable without a default is a problem to report.
 */
final class EnvSubstitution {
  private static final Pattern REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]{0,127})(:-([^}]{0,1024}))?}");

  private final Function<String, String> env;

  EnvSubstitution(Function<String, String> env) {
    this.env = env;
  }

  /** Returns the substituted text, or throws naming the first unset variable. */
  String apply(String value) {
    Matcher m = REF.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = env.apply(m.group(1));
      if (v == null) {
        if (m.group(2) == null) {
          throw new IllegalArgumentException("environment variable " + m.group(1) + " is not set");
        }
        v = m.group(3);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(v));
    }
    m.appendTail(out);
    return out.toString();
  }
}
