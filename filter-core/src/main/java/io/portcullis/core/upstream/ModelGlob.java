package io.portcullis.core.upstream;

import java.util.regex.Pattern;

/**
 * A model-name glob from configuration ({@code gpt-*}, {@code o?-mini}). Model names may contain
 * '/', which path globs would treat specially, so '*' here matches any run of characters.
 */
record ModelGlob(String glob, Pattern pattern) {

  static ModelGlob of(String glob) {
    StringBuilder re = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : glob.toCharArray()) {
      if (c == '*' || c == '?') {
        if (!literal.isEmpty()) {
          re.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        re.append(c == '*' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    if (!literal.isEmpty()) {
      re.append(Pattern.quote(literal.toString()));
    }
    return new ModelGlob(glob, Pattern.compile(re.toString(), Pattern.DOTALL));
  }

  /** A literal name (the usual case) is compared as a string: no matcher per routed request. */
  boolean matches(String model) {
    return isLiteral() ? glob.equals(model) : pattern.matcher(model).matches();
  }

  boolean isLiteral() {
    return glob.indexOf('*') < 0 && glob.indexOf('?') < 0;
  }
}
