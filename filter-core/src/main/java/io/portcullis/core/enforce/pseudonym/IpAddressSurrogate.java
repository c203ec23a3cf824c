package io.portcullis.core.enforce.pseudonym;

import java.util.Locale;

/**
 * IP_ADDRESS: an address from the documentation ranges, which are never routed: TEST-NET-1/2/3 for
 * IPv4 (RFC 5737) and 2001:db8::/32 for IPv6 (RFC 3849), with the original's hex letter case.
 */
final class IpAddressSurrogate implements SurrogateGenerator {

  private static final String[] IPV4_NETS = {"192.0.2.", "198.51.100.", "203.0.113."};

  @Override
  public String generate(String value, SurrogateRandom random) {
    if (value.indexOf(':') >= 0) {
      StringBuilder b = new StringBuilder("2001:db8");
      for (int i = 0; i < 6; i++) {
        b.append(':').append(Integer.toHexString(random.nextInt(0x10000)));
      }
      String v6 = b.toString();
      return value.equals(value.toUpperCase(Locale.ROOT)) ? v6.toUpperCase(Locale.ROOT) : v6;
    }
    if (value.indexOf('.') < 0) {
      return null;
    }
    return random.pick(IPV4_NETS) + random.between(1, 254);
  }
}
