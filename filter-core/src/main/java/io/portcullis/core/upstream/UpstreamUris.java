package io.portcullis.core.upstream;

import java.net.URI;

/** Joins a provider's base URL (which may carry a path prefix, e.g. Azure's /openai) with an API path. */
public final class UpstreamUris {
  private UpstreamUris() {}

  /** Where one API of one provider lives, parsed once (URL parsing per request showed in profiles). */
  public record Target(String host, int port, boolean ssl, String uri) {
    public static Target of(URI base, String apiPath) {
      URI u = URI.create(resolve(base, apiPath));
      boolean ssl = "https".equalsIgnoreCase(u.getScheme());
      int port = u.getPort() >= 0 ? u.getPort() : ssl ? 443 : 80;
      String uri = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
      return new Target(u.getHost(), port, ssl, uri);
    }
  }

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
