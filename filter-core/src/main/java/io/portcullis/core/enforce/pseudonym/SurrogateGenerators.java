package io.portcullis.core.enforce.pseudonym;

import java.util.Map;

/**
 * The registry: which generator makes surrogates for which entity type (catalog names). Adding a
 * type is one generator class and one line here; a type not listed gets a typed placeholder.
 */
final class SurrogateGenerators {

  private static final SurrogateGenerator TOKEN_SHAPE = new TokenShapeSurrogate();

  static final Map<String, SurrogateGenerator> BY_TYPE = Map.ofEntries(
      Map.entry("CREDIT_CARD", new CreditCardSurrogate()),
      Map.entry("CN_RESIDENT_ID", new CnResidentIdSurrogate()),
      Map.entry("CN_USCC", new CnUsccSurrogate()),
      Map.entry("HK_ID", new HkIdSurrogate()),
      Map.entry("IBAN_CODE", new IbanSurrogate()),
      Map.entry("US_SSN", new UsSsnSurrogate()),
      Map.entry("UK_NHS", new UkNhsSurrogate()),
      Map.entry("PHONE_NUMBER", new PhoneSurrogate()),
      Map.entry("EMAIL_ADDRESS", new EmailSurrogate()),
      Map.entry("IP_ADDRESS", new IpAddressSurrogate()),
      Map.entry("MAC_ADDRESS", new MacAddressSurrogate()),
      Map.entry("URL", new UrlSurrogate()),
      Map.entry("PERSON", new PersonSurrogate()),
      Map.entry("LOCATION", new LocationSurrogate()),
      Map.entry("ORGANIZATION", new OrganizationSurrogate()),
      Map.entry("DATE_OF_BIRTH", new DateOfBirthSurrogate()),
      Map.entry("API_KEY", TOKEN_SHAPE),
      Map.entry("CN_PASSPORT", TOKEN_SHAPE),
      Map.entry("US_PASSPORT", TOKEN_SHAPE));

  private SurrogateGenerators() {
  }

  static SurrogateGenerator forType(String entityType) {
    return BY_TYPE.get(entityType);
  }
}
