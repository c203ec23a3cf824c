package io.portcullis.core.enforce.pseudonym;

/**
 * LOCATION: a common place name in the same script: a large Chinese city for Han (with 市 kept when
 * the original ends in it), a town name shared by many English-speaking places for Latin.
 */
final class LocationSurrogate implements SurrogateGenerator {

  @Override
  public String generate(String value, SurrogateRandom random) {
    return switch (Scripts.of(value)) {
      case HAN -> random.pick(NameLists.HAN_PLACES) + (value.endsWith("市") ? "市" : "");
      case LATIN -> Shape.caseLike(value, random.pick(NameLists.ENGLISH_PLACES));
      case OTHER -> null;
    };
  }
}
