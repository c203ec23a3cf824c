package io.portcullis.core.config;

/** The wire format a provider speaks. Requests are routed only to providers of the caller's style. */
public enum ProviderStyle {
  OPENAI, ANTHROPIC;

  public static ProviderStyle parse(String s) {
    return switch (s) {
      case "openai" -> OPENAI;
      case "anthropic" -> ANTHROPIC;
      default -> throw new IllegalArgumentException("must be openai or anthropic, got '" + s + "'");
    };
  }
}
