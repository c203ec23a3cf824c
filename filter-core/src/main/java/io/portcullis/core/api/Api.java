package io.portcullis.core.api;

import io.portcullis.core.config.ProviderStyle;

/**
 * The inbound API endpoints Portcullis accepts, each with the wire style it belongs to. A request is
 * only ever routed to a provider of the same style (no translation between shapes).
 */
public enum Api {
  OPENAI_CHAT("/v1/chat/completions", ProviderStyle.OPENAI, "chat"),
  OPENAI_COMPLETIONS("/v1/completions", ProviderStyle.OPENAI, "completions"),
  OPENAI_EMBEDDINGS("/v1/embeddings", ProviderStyle.OPENAI, "embeddings"),
  OPENAI_RESPONSES("/v1/responses", ProviderStyle.OPENAI, "responses"),
  ANTHROPIC_MESSAGES("/v1/messages", ProviderStyle.ANTHROPIC, "messages");

  private final String path;
  private final ProviderStyle style;
  private final String label;

  Api(String path, ProviderStyle style, String label) {
    this.path = path;
    this.style = style;
    this.label = label;
  }

  public String path() {
    return path;
  }

  public ProviderStyle style() {
    return style;
  }

  /** Short name used in metrics, logs and policy input. */
  public String label() {
    return label;
  }
}
