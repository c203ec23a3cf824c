package io.portcullis.core.enforce.pseudonym;

import java.util.Locale;

/**
 * EMAIL_ADDRESS: a plausible person-like local part ("maria.chen", "maria_chen", "mchen42", keeping
 * the original's separator style) at a domain reserved for examples by RFC 2606 / RFC 6761, so a
 * surrogate never reaches a real mailbox.
 */
final class EmailSurrogate implements SurrogateGenerator {

  private static final String[] DOMAINS = {"example.com", "example.org", "example.net",
      "mail.example.com", "corp.example.org"};

  @Override
  public String generate(String value, SurrogateRandom random) {
    int at = value.lastIndexOf('@');
    if (at <= 0) {
      return null;
    }
    String local = value.substring(0, at);
    String given = random.pick(NameLists.ENGLISH_GIVEN).toLowerCase(Locale.ROOT);
    String family = random.pick(NameLists.ENGLISH_FAMILY).toLowerCase(Locale.ROOT);
    String surrogateLocal;
    if (local.indexOf('.') >= 0) {
      surrogateLocal = given + "." + family;
    } else if (local.indexOf('_') >= 0) {
      surrogateLocal = given + "_" + family;
    } else {
      surrogateLocal = given.charAt(0) + family + random.between(10, 99);
    }
    return Shape.caseLike(local, surrogateLocal) + "@" + random.pick(DOMAINS);
  }
}
