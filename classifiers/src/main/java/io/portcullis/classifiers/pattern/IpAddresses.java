package io.portcullis.classifiers.pattern;

/**
 * Strict textual IP parsers. java.net.InetAddress is not used because it falls back to DNS for
 * anything that is not a literal, which must never happen on text under classification.
 */
final class IpAddresses {

  private IpAddresses() {
  }

  /** Four decimal octets 0-255 without leading zeros. */
  static boolean isIpv4(String s, int from, int to) {
    int parts = 0;
    int p = from;
    while (p < to) {
      int start = p;
      int v = 0;
      while (p < to && ScanText.isAsciiDigit(s.charAt(p)) && p - start < 3) {
        v = v * 10 + (s.charAt(p) - '0');
        p++;
      }
      int len = p - start;
      if (len == 0 || v > 255 || (len > 1 && s.charAt(start) == '0')) {
        return false;
      }
      parts++;
      if (p == to) {
        break;
      }
      if (s.charAt(p) != '.' || parts == 4) {
        return false;
      }
      p++;
      if (p == to) {
        return false;
      }
    }
    return parts == 4;
  }

  /** RFC 4291 text forms: eight groups, or fewer with one "::", optionally ending in an IPv4. */
  static boolean isIpv6(String s) {
    int n = s.length();
    if (n < 2 || n > 45) {
      return false;
    }
    int groups = 0;
    boolean compressed = false;
    int p = 0;
    if (s.startsWith("::")) {
      compressed = true;
      p = 2;
      if (p == n) {
        return true;
      }
    } else if (s.charAt(0) == ':') {
      return false;
    }
    while (p < n) {
      int start = p;
      while (p < n && IpAddressRecognizer.isHex(s.charAt(p)) && p - start < 5) {
        p++;
      }
      if (p < n && s.charAt(p) == '.') {
        // Embedded IPv4 takes the place of the last two groups.
        if (!isIpv4(s, start, n)) {
          return false;
        }
        groups += 2;
        p = n;
        break;
      }
      int len = p - start;
      if (len == 0 || len > 4) {
        return false;
      }
      groups++;
      if (p == n) {
        break;
      }
      if (s.charAt(p) != ':') {
        return false;
      }
      p++;
      if (p < n && s.charAt(p) == ':') {
        if (compressed) {
          return false; // only one "::"
        }
        compressed = true;
        p++;
        if (p == n) {
          break;
        }
      } else if (p == n) {
        return false; // trailing single colon
      }
    }
    return compressed ? groups <= 7 : groups == 8;
  }
}
