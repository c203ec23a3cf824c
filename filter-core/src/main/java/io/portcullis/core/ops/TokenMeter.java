package io.portcullis.core.ops;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import io.portcullis.core.extract.TextSegment;
import java.util.List;
import java.util.Optional;

/**
 * Token counts of an exchange. The provider's own report wins when it sent one (it is what is billed);
 * otherwise the text the model read or wrote is counted with jtokkit: exactly with the model's
 * encoding for OpenAI models jtokkit knows, and approximately with o200k_base for other vendors'
 * models (Claude, DeepSeek, Qwen, Kimi use their own tokenizers; o200k_base is within roughly ±15% for
 * English and Chinese prose). Counts cover the extracted texts, not the few framing tokens per message.
 * Thread-safe; encodings are loaded once.
 */
public final class TokenMeter {
  /** Where a count came from, as the metrics label it. */
  public enum Source { REPORTED, COUNTED, ESTIMATED;
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A count and its provenance. */
  public record Count(long tokens, Source source) {}

  private final EncodingRegistry registry = Encodings.newLazyEncodingRegistry();
  private final Encoding fallback = registry.getEncoding(EncodingType.O200K_BASE);

  /** The provider's report when present, else a count of the texts. */
  public Count count(Long reported, String model, List<TextSegment> texts) {
    if (reported != null) {
      return new Count(reported, Source.REPORTED);
    }
    Optional<Encoding> exact = model == null ? Optional.empty() : registry.getEncodingForModel(model);
    Encoding enc = exact.orElse(fallback);
    long n = 0;
    for (TextSegment t : texts) {
      n += enc.countTokensOrdinary(t.text());
    }
    return new Count(n, exact.isPresent() ? Source.COUNTED : Source.ESTIMATED);
  }
}
