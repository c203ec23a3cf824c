package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import java.util.List;

/** API_KEY (PEM/OpenSSH/PGP private key blocks): from the BEGIN marker through the END marker. */
public final class PrivateKeyRecognizer implements Recognizer {

  static final int MAX_BLOCK = 16384;

  @Override
  public String entityType() {
    return "API_KEY";
  }

  @Override
  public String name() {
    return "pattern/private-key";
  }

  @Override
  public void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    String s = text.text();
    int at = s.indexOf("-----BEGIN ");
    while (at >= 0) {
      int labelEnd = s.indexOf("-----", at + 11);
      int next = at + 1;
      if (labelEnd > 0 && labelEnd - at < 80) {
        String label = s.substring(at + 11, labelEnd);
        if (label.endsWith("PRIVATE KEY") || label.endsWith("PRIVATE KEY BLOCK")) {
          int end = blockEnd(s, labelEnd + 5, label);
          Scoring.emit(text, this, at, end, 0.95, true, "PEM " + label + " block", null, out);
          next = end;
        }
      }
      at = s.indexOf("-----BEGIN ", next);
    }
  }

  /** Through "-----END label-----" if it comes within bounds, else to the end of the base64 body. */
  private static int blockEnd(String s, int from, String label) {
    String endMarker = "-----END " + label + "-----";
    int limit = Math.min(s.length(), from + MAX_BLOCK);
    // Bounded search: an unterminated block must not make every later BEGIN rescan the text.
    for (int e = from; e < limit; e++) {
      if (s.charAt(e) == '-' && s.startsWith(endMarker, e)) {
        return e + endMarker.length();
      }
    }
    int p = from;
    while (p < limit) {
      char c = s.charAt(p);
      if (!(ScanText.isAsciiAlnum(c) || c == '+' || c == '/' || c == '=' || c == '\n' || c == '\r'
          || c == ':' || c == ' ' || c == '-' || c == ',')) {
        break;
      }
      p++;
    }
    while (p > from && Character.isWhitespace(s.charAt(p - 1))) {
      p--;
    }
    return p;
  }
}
