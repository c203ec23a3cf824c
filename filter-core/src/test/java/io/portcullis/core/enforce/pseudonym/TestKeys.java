package io.portcullis.core.enforce.pseudonym;

import java.nio.charset.StandardCharsets;

/** One fixed key for tests; production keys come from configuration. */
final class TestKeys {

  static final Surrogates SURROGATES =
      new Surrogates("test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));

  private TestKeys() {
  }
}
