package io.portcullis.core;

import io.portcullis.core.pipeline.ExchangePipeline;
import io.portcullis.core.pipeline.ExtractRequestText;
import io.portcullis.core.pipeline.ParseRequest;
import io.portcullis.core.pipeline.RouteByModel;
import io.portcullis.core.upstream.ProviderRegistry;
import java.util.List;

/**
 * The one place where the request path is composed. Read top to bottom, this is what happens to
 * every exchange before anything is forwarded:
 *
 * <ol>
 *   <li>parse: strict JSON (UTF-8, depth, no duplicate keys)</li>
 *   <li>route: the request's model picks a provider of the caller's API style</li>
 *   <li>extract: every text the model will read, addressed by JSON pointer</li>
 * </ol>
 *
 * Classification, the policy decision, the audit record and enforcement are added here by their
 * issues; until then they are absent from the chain, not faked.
 */
public final class Pipelines {
  private Pipelines() {}

  public static ExchangePipeline requestPath(ParseRequest parse, ProviderRegistry registry) {
    return new ExchangePipeline(List.of(
        parse,
        new RouteByModel(registry),
        new ExtractRequestText()));
  }
}
