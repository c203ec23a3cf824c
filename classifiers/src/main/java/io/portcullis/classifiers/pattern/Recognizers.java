package io.portcullis.classifiers.pattern;

import java.util.List;

/**
 * The registry of pattern recognizers: the one place that lists them. Adding an entity type is one
 * {@link Recognizer} class here plus one line in {@code entity-catalog.json}.
 */
public final class Recognizers {

  private Recognizers() {
  }

  public static List<Recognizer> defaults() {
    return List.of(
        // Financial
        new CreditCardRecognizer(),
        new IbanRecognizer(),
        new CryptoRecognizer(),
        // Identity documents
        new CnResidentIdRecognizer(),
        new CnPassportRecognizer(),
        new CnUsccRecognizer(),
        new HkIdRecognizer(),
        new UsSsnRecognizer(),
        new UsPassportRecognizer(),
        new UkNhsRecognizer(),
        new DateOfBirthRecognizer(),
        // Contact and network
        new EmailRecognizer(),
        new UrlRecognizer(),
        new IpAddressRecognizer(),
        new MacAddressRecognizer(),
        // Credentials
        new ApiKeyRecognizer(),
        new JwtRecognizer(),
        new PrivateKeyRecognizer(),
        new SecretAssignmentRecognizer());
  }
}
