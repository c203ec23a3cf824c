package io.portcullis.core.config;

/**
 * Where and how the proxy listens, and the limits on what it accepts.
 *
 * @param maxJsonDepth       deeper request JSON is refused (400) before any stage sees it
 * @param upstreamTimeoutMs  idle time allowed between bytes from a provider (also first byte) before 504
 * @param shutdownGraceMs    how long open streams may run on after a stop signal
 * @param upstreamPoolSize   keep-alive connections per provider per event loop; LLM streams hold one for
 *                           their whole length, so this bounds concurrent streams per provider
 * @param debugHeaders       expose pipeline details (e.g. findings) in response headers; never in production
 */
public record ServerConfig(String host, int port, long maxBodyBytes, int maxJsonDepth,
                           long upstreamTimeoutMs, long connectTimeoutMs, long shutdownGraceMs,
                           int upstreamPoolSize, boolean debugHeaders) {

  public static final ServerConfig DEFAULTS =
      new ServerConfig("127.0.0.1", 8080, 4 * 1024 * 1024, 64, 60_000, 5_000, 10_000, 512, false);
}
