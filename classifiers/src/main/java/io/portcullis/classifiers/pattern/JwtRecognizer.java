package io.portcullis.classifiers.pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portcullis.classifiers.ClassificationContext;
import java.util.Base64;
import java.util.List;

/**
 * API_KEY (JWT): three base64url segments whose first decodes to a JSON header naming an "alg".
 * Every JWT header starts with {"… and so with "eyJ", which anchors the scan.
 */
public final class JwtRecognizer implements Recognizer {

  static final int MAX_LENGTH = 8192;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String entityType() {
    return "API_KEY";
  }

  @Override
  public String name() {
    return "pattern/jwt";
  }

  @Override
  public void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    String s = text.text();
    int at = s.indexOf("eyJ");
    while (at >= 0) {
      int end = -1;
      if (at == 0 || !isB64(s.charAt(at - 1))) {
        end = token(s, at);
      }
      if (end > 0) {
        Scoring.emit(text, this, at, end, 0.9, true, "JWT with a valid JSON header", null, out);
        at = s.indexOf("eyJ", end);
      } else {
        at = s.indexOf("eyJ", at + 1);
      }
    }
  }

  private static boolean isB64(char c) {
    return ScanText.isAsciiAlnum(c) || c == '-' || c == '_';
  }

  /** End of header.payload.signature starting at {@code at}, or -1. */
  private static int token(String s, int at) {
    int limit = Math.min(s.length(), at + MAX_LENGTH);
    int[] dots = new int[2];
    int p = at;
    int seg = 0;
    while (p < limit) {
      char c = s.charAt(p);
      if (c == '.' && seg < 2) {
        dots[seg++] = p;
      } else if (!isB64(c)) {
        break;
      }
      p++;
    }
    if (seg < 2 || dots[0] - at < 10 || dots[1] - dots[0] < 3 || p - dots[1] < 16) {
      return -1;
    }
    try {
      JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(s.substring(at, dots[0])));
      return header != null && header.isObject() && header.has("alg") ? p : -1;
    } catch (Exception e) { // IllegalArgumentException from base64 or Jackson's IOException
      return -1;
    }
  }
}
