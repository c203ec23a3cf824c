package io.portcullis.core.upstream;

import java.net.URI;

/** Joins a provider's base URL (which may carry a path prefix, e.g. Azure's /openai) with an API path. */
public final class UpstreamUris {
  private UpstreamUris() {}

  public static String resolve(URI base, String apiPath) {
    String b = base.toString();
    if (b.endsWith("/")) {
      b = b.substring(0, b.length() - 1);
    }
    // A base that already ends in /v1 (as many OpenAI-compatible providers document it) is not doubled.
    if (b.endsWith("/v1") && apiPath.startsWith("/v1/")) {
      return b + apiPath.substring(3);
    }
    return b + apiPath;
  }
}
