package io.portcullis.core.ops;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import io.portcullis.core.extract.TextSegment;
import java.util.List;
import java.util.Optional;

/**
 * Token counts of an exchange. The provider's own report wins when it sent one (it is what is billed);
 * otherwise the text the model read or wrote is counted with jtokkit, exactly, with the model's
 * encoding for OpenAI models jtokkit knows. Other vendors' models (Claude, DeepSeek, Qwen, Kimi) use
 * their own tokenizers, which no library here implements; for them a documented approximation is
 * used: one token per Han/kana/Hangul character and one per four other characters (the usual rule of
 * thumb for English BPE vocabularies). Counting exactly with a foreign encoding would cost far more
 * CPU (jtokkit's pre-tokenizer is regex-based: a quarter of pass-through CPU in a profile) for a figure
 * that would still be an approximation. Counts cover the extracted texts, not the few framing tokens
 * per message. Thread-safe; encodings are loaded once.
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

  /** The provider's report when present, else a count of the texts. */
  public Count count(Long reported, String model, List<TextSegment> texts) {
    if (reported != null) {
      return new Count(reported, Source.REPORTED);
    }
    Optional<Encoding> exact = model == null ? Optional.empty() : registry.getEncodingForModel(model);
    long n = 0;
    for (TextSegment t : texts) {
      n += exact.isPresent() ? exact.get().countTokensOrdinary(t.text()) : estimate(t.text());
    }
    return new Count(n, exact.isPresent() ? Source.COUNTED : Source.ESTIMATED);
  }

  /** Whether {@link #count} for these arguments is cheap enough for an event loop (no BPE run). */
  public boolean cheap(Long reportedInput, Long reportedOutput, String model) {
    return reportedInput != null && reportedOutput != null || model == null || registry.getEncodingForModel(model).isEmpty();
  }

  /**
   * The approximation for models without a known encoding (see the class comment). Plain char-range
   * tests rather than {@code Character.UnicodeScript.of} (a binary search over the script table per
   * character): this runs for every streamed exchange whose provider reports no usage.
   */
  static long estimate(String text) {
    long cjk = 0;
    long other = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x3040) {
        other++;
      } else if (c <= 0x30FF || c >= 0x3400 && c <= 0x4DBF || c >= 0x4E00 && c <= 0x9FFF
          || c >= 0xAC00 && c <= 0xD7AF || c >= 0xF900 && c <= 0xFAFF || Character.isHighSurrogate(c)) {
        cjk++; // kana, CJK ideographs, Hangul; a supplementary ideograph counts once (its high surrogate)
      } else if (!Character.isLowSurrogate(c)) {
        other++;
      }
    }
    return cjk + (other + 3) / 4;
  }
}
