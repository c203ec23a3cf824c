package io.portcullis.core.enforce.pseudonym;

/**
 * PERSON: a common name in the same script. Han names keep their length (2-3 characters: surname
 * plus given name; 4: a compound surname plus a two-character given name). Latin names keep their
 * number of words (given name, middle initial, family name) and their letter case. Other scripts
 * get no surrogate (the caller uses a placeholder) rather than a name in the wrong script.
 */
final class PersonSurrogate implements SurrogateGenerator {

  @Override
  public String generate(String value, SurrogateRandom random) {
    return switch (Scripts.of(value)) {
      case HAN -> hanName(value.strip().codePointCount(0, value.strip().length()), random);
      case LATIN -> latinName(value, random);
      case OTHER -> null;
    };
  }

  static String hanName(int length, SurrogateRandom random) {
    StringBuilder b = new StringBuilder();
    int given;
    if (length >= 4) {
      b.append(random.pick(NameLists.HAN_COMPOUND_SURNAMES));
      given = 2;
    } else {
      b.append(random.pick(NameLists.HAN_SURNAMES));
      given = length <= 2 ? 1 : 2;
    }
    for (int i = 0; i < given; i++) {
      b.append(random.pick(NameLists.HAN_GIVEN));
    }
    return b.toString();
  }

  private static String latinName(String value, SurrogateRandom random) {
    String[] words = value.strip().split("\\s+");
    String name;
    if (words.length == 1) {
      name = random.pick(NameLists.ENGLISH_GIVEN);
    } else if (words.length == 2) {
      name = random.pick(NameLists.ENGLISH_GIVEN) + " " + random.pick(NameLists.ENGLISH_FAMILY);
    } else {
      name = random.pick(NameLists.ENGLISH_GIVEN) + " " + random.pick(Shape.UPPER) + ". "
          + random.pick(NameLists.ENGLISH_FAMILY);
    }
    return Shape.caseLike(value, name);
  }
}
