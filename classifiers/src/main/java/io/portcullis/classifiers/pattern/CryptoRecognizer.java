package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.validate.Base58Check;
import io.portcullis.classifiers.validate.Bech32;
import io.portcullis.classifiers.validate.Eip55;
import java.util.List;

/**
 * CRYPTO: Bitcoin P2PKH/P2SH (Base58Check), SegWit/Taproot (Bech32/Bech32m) and Ethereum addresses
 * (EIP-55 checksum when mixed case; single-case addresses carry none and score lower).
 */
public final class CryptoRecognizer implements Recognizer {

  static final ContextWords CONTEXT = ContextWords.of("wallet", "bitcoin", "btc", "eth",
      "ethereum", "crypto", "usdt", "address", "钱包", "比特币", "以太坊", "地址", "转币", "收款");

  @Override
  public String entityType() {
    return "CRYPTO";
  }

  @Override
  public void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    String s = text.text();
    AlnumRuns.forEach(text, 26, 90, (start, end) -> {
      char first = s.charAt(start);
      int len = end - start;
      if ((first == '1' || first == '3') && len <= 35) {
        if (Base58Check.isBitcoinAddress(s.substring(start, end))) {
          Scoring.emit(text, this, start, end, 0.9, true, "Bitcoin Base58Check valid", CONTEXT,
              out);
        }
      } else if (len >= 14 && (s.startsWith("bc1", start) || s.startsWith("BC1", start)
          || s.startsWith("tb1", start))) {
        if (Bech32.isValid(s.substring(start, end), "bc", "tb")) {
          Scoring.emit(text, this, start, end, 0.9, true, "Bech32 checksum valid", CONTEXT, out);
        }
      } else if (len == 42 && first == '0' && s.charAt(start + 1) == 'x'
          && allHex(s, start + 2, end)) {
        String hex = s.substring(start + 2, end);
        if (!Eip55.isSingleCase(hex)) {
          if (Eip55.hasValidChecksum(hex)) {
            Scoring.emit(text, this, start, end, 0.9, true, "EIP-55 checksum valid", CONTEXT, out);
          }
        } else {
          Scoring.emit(text, this, start, end, 0.6, false,
              "Ethereum address shape (single case, no checksum)", CONTEXT, out);
        }
      }
    });
  }

  private static boolean allHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!IpAddressRecognizer.isHex(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
