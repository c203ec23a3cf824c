package io.portcullis.core.enforce.pseudonym;

/**
 * URL: the scheme kept, the host replaced by example.com (RFC 2606, "www." kept when present), the
 * port dropped, and the path, query and fragment scrambled character by character (letters stay
 * letters, digits stay digits, punctuation stays) so the shape of the link survives.
 */
final class UrlSurrogate implements SurrogateGenerator {

  @Override
  public String generate(String value, SurrogateRandom random) {
    int schemeEnd = value.indexOf("://");
    String scheme = schemeEnd > 0 ? value.substring(0, schemeEnd + 3) : "";
    int hostStart = scheme.length();
    int hostEnd = hostStart;
    while (hostEnd < value.length() && "/?#".indexOf(value.charAt(hostEnd)) < 0) {
      hostEnd++;
    }
    String host = value.substring(hostStart, hostEnd);
    if (host.isEmpty()) {
      return null;
    }
    String fakeHost = host.regionMatches(true, 0, "www.", 0, 4) ? "www.example.com" : "example.com";
    return scheme + fakeHost + Shape.scramble(value.substring(hostEnd), random);
  }
}
