package io.portcullis.core.enforce.pseudonym;

/**
 * MAC_ADDRESS: random hex digits in the original's notation and case, with the first octet marked
 * locally administered and unicast (second hex digit 2, 6, A or E), a space no vendor OUI uses.
 */
final class MacAddressSurrogate implements SurrogateGenerator {

  private static final String HEX = "0123456789ABCDEF";
  private static final String LOCAL_UNICAST = "26AE";

  @Override
  public String generate(String value, SurrogateRandom random) {
    String hex = Shape.alphanumerics(value);
    if (hex.length() != 12) {
      return null;
    }
    String fresh = random.pick(HEX) + "" + random.pick(LOCAL_UNICAST)
        + Shape.randomString(HEX, 10, random);
    // Case follows the original as a whole: a digit position in it says nothing about case.
    return Shape.caseLike(value, Shape.refillAlphanumerics(value, fresh));
  }
}
