package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import java.util.List;

/**
 * IP_ADDRESS: dotted-quad IPv4 and textual IPv6 (RFC 4291/5952 forms, "::" compression, embedded
 * IPv4), each validated by parsing the candidate rather than trusting its shape.
 */
public final class IpAddressRecognizer implements Recognizer {

  static final ContextWords CONTEXT = ContextWords.of("ip", "ip address", "ipv4", "ipv6", "host",
      "server", "client", "地址", "服务器", "主机", "登录");

  /** Dotted numbers that are versions, not addresses. */
  static final ContextWords VERSION = new ContextWords(java.util.List.of("version", "ver",
      "版本", "release", "build", "firmware", "固件"), 16, 0);

  @Override
  public String entityType() {
    return "IP_ADDRESS";
  }

  @Override
  public void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    String s = text.text();
    int n = s.length();
    int i = 0;
    Runs.Positions separators = text.runs().dotsAndColons();
    while (i < n) {
      // Every address holds a '.' or a ':' (from the shared run index); the candidate is the run
      // of hex chars, dots and colons around it, read from its first hex char or colon as before.
      int anchor = separators.firstAtOrAfter(i);
      if (anchor < 0) {
        break;
      }
      int segment = anchor;
      while (segment > i && isAddressChar(s.charAt(segment - 1))) {
        segment--;
      }
      while (segment < n && s.charAt(segment) == '.') {
        segment++;
      }
      if (segment >= n || !(isHex(s.charAt(segment)) || s.charAt(segment) == ':')) {
        i = Math.max(segment, anchor + 1);
        continue;
      }
      i = segment;
      int start = i;
      boolean separated = false;
      while (i < n && (isHex(s.charAt(i)) || s.charAt(i) == ':' || s.charAt(i) == '.')
          && i - start < 64) {
        separated |= !isHex(s.charAt(i));
        i++;
      }
      int end = i;
      // Trailing dots and colons are sentence punctuation ("… 10.0.0.1.", "IP: ::1:").
      while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ':')
          && !(end - start >= 2 && s.charAt(end - 2) == ':' && s.charAt(end - 1) == ':')) {
        end--;
      }
      // A single leading colon is a label separator ("IP:10.0.0.1"), "::" starts an IPv6 address.
      if (start + 1 < end && s.charAt(start) == ':' && s.charAt(start + 1) != ':') {
        start++;
      }
      // Every address form has a dot or a colon; bare hex words ("face", "2024") are not parsed.
      if (separated && end > start && text.leftBoundary(start) && text.rightBoundary(end)) {
        check(text, start, end, out);
      }
      while (i < n && ScanText.isAsciiAlnum(s.charAt(i))) {
        i++; // the run was glued to a longer word; skip the rest of it
      }
    }
  }

  private void check(ScanText text, int start, int end, List<Candidate> out) {
    String cand = text.text().substring(start, end);
    int colon = cand.indexOf(':');
    if (colon < 0) {
      emitIpv4(text, start, end, out);
    } else if (cand.length() >= 6 && IpAddresses.isIpv6(cand)) {
      Scoring.emit(text, this, start, end, 0.85, true, "IPv6 address parsed", CONTEXT, out);
    } else if (colon > 0 && cand.indexOf(':', colon + 1) < 0 && colon + 1 < cand.length()
        && AlnumRuns.allDigits(cand, colon + 1, cand.length())) {
      emitIpv4(text, start, start + colon, out); // "10.0.0.1:8080": address and port
    }
  }

  private void emitIpv4(ScanText text, int start, int end, List<Candidate> out) {
    if (IpAddresses.isIpv4(text.text(), start, end)) {
      boolean version = VERSION.near(text, start, end) != null;
      Scoring.emit(text, this, start, end, version ? 0.3 : 0.85, true,
          version ? "IPv4 shape next to a version word" : "IPv4 address parsed", CONTEXT, out);
    }
  }

  private static boolean isAddressChar(char c) {
    return isHex(c) || c == ':' || c == '.';
  }

  static boolean isHex(char c) {
    return ScanText.isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
