package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import java.util.List;

/**
 * MAC_ADDRESS: six hex pairs joined by one consistent ':' or '-', or Cisco's three dotted quads
 * ("0011.2233.4455").
 */
public final class MacAddressRecognizer implements Recognizer {

  static final ContextWords CONTEXT = ContextWords.of("mac", "mac address", "hwaddr", "ether",
      "网卡", "物理地址", "mac地址");

  @Override
  public String entityType() {
    return "MAC_ADDRESS";
  }

  @Override
  public void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    String s = text.text();
    int n = s.length();
    Runs runs = text.runs();
    // A MAC opens with a token boundary and its first group, two hex chars before ':' or '-', or
    // four before '.': an alphanumeric run of length 2 or 4. Matches never overlap (each ends on a
    // right boundary), so runs inside a reported MAC are skipped.
    int next = 0;
    for (int r = 0; r < runs.count(); r++) {
      int i = runs.start(r);
      int len = runs.end(r) - i;
      if (i < next || (len != 2 && len != 4) || i + 14 > n
          || !IpAddressRecognizer.isHex(s.charAt(i)) || !text.leftBoundary(i)) {
        continue;
      }
      int end = len == 2 ? pairs(s, i) : dottedQuads(s, i);
      if (end > 0 && text.rightBoundary(end) && (end == n || s.charAt(end) != ':')) {
        Scoring.emit(text, this, i, end, 0.85, true, "IEEE 802 MAC address notation", CONTEXT,
            out);
        next = end;
      }
    }
  }

  private static int pairs(String s, int i) {
    if (i + 17 > s.length()) {
      return -1;
    }
    char sep = s.charAt(i + 2);
    if (sep != ':' && sep != '-') {
      return -1;
    }
    for (int g = 0; g < 6; g++) {
      int p = i + g * 3;
      if (!IpAddressRecognizer.isHex(s.charAt(p)) || !IpAddressRecognizer.isHex(s.charAt(p + 1))) {
        return -1;
      }
      if (g < 5 && s.charAt(p + 2) != sep) {
        return -1;
      }
    }
    return i + 17;
  }

  private static int dottedQuads(String s, int i) {
    for (int g = 0; g < 3; g++) {
      int p = i + g * 5;
      for (int k = 0; k < 4; k++) {
        if (!IpAddressRecognizer.isHex(s.charAt(p + k))) {
          return -1;
        }
      }
      if (g < 2 && s.charAt(p + 4) != '.') {
        return -1;
      }
    }
    return i + 14;
  }
}
