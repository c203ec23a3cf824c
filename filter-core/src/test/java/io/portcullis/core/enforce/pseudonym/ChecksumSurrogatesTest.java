package io.portcullis.core.enforce.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portcullis.classifiers.validate.CardIssuers;
import io.portcullis.classifiers.validate.CnResidentId;
import io.portcullis.classifiers.validate.CnUscc;
import io.portcullis.classifiers.validate.HkId;
import io.portcullis.classifiers.validate.Iban;
import io.portcullis.classifiers.validate.NhsNumber;
import io.portcullis.classifiers.validate.UsSsn;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every checksum surrogate is proven with the classifiers' own validators, over many scopes. */
class ChecksumSurrogatesTest {

  private static final Surrogates S = TestKeys.SURROGATES;
  private static final int SCOPES = 300;

  /** The surrogate with every digit turned into 'd' and every letter into 'a': its layout. */
  static String layout(String s) {
    return s.replaceAll("[0-9]", "d").replaceAll("[A-Za-z]", "a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"4111 1111 1111 1111", "4111-1111-1111-1111", "4012888888881881",
      "5500 0000 0000 0004", "2223 0000 4841 0010", "3782 822463 10005", "6222 0200 0000 0000 008",
      "3530111333300000", "6011 1111 1111 1117", "36227206271667", "4222222222222"})
  void cardsAreLuhnValidSameSchemeLengthAndGrouping(String card) {
    String scheme = CardIssuers.scheme(Shape.digits(card));
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate("CREDIT_CARD", card, "scope-" + i);
      String digits = Shape.digits(s);
      assertTrue(CardIssuers.isValid(digits), s);
      assertEquals(scheme, CardIssuers.scheme(digits), s);
      assertEquals(layout(card), layout(s), s);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "440305199001011234",
      "310104198512120027"})
  void residentIdsPassGb11643WithRealAreaAndPastBirthDateAndKeepSex(String id) {
    LocalDate today = LocalDate.now();
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate("CN_RESIDENT_ID", id, "scope-" + i);
      assertTrue(CnResidentId.isValid(s, today), s);
      assertEquals((id.charAt(16) - '0') % 2, (s.charAt(16) - '0') % 2, "sex digit parity " + s);
      int county = Integer.parseInt(s.substring(0, 6));
      assertTrue(java.util.Arrays.stream(CnDivisions.COUNTIES).anyMatch(c -> c == county), s);
      int year = Integer.parseInt(s.substring(6, 10));
      assertTrue(year >= 1955 && year <= 2005, s);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y43", "11100000000013127F", "Y1110105MA12345678"})
  void creditCodesPassGb32100AndKeepTheKindOfBody(String code) {
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate("CN_USCC", code, "scope-" + i);
      assertTrue(CnUscc.isValid(s), s);
      if (CnUscc.isValid(code)) {
        assertEquals(code.substring(0, 2), s.substring(0, 2), s);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"A123456(3)", "A1234563", "AB987654(2)", "C668668（E）"})
  void hongKongIdsHaveAValidCheckCharacterInTheOriginalWriting(String hkid) {
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate("HK_ID", hkid, "scope-" + i);
      String compact = Shape.alphanumerics(s);
      int n = compact.length();
      assertTrue(HkId.isValid(compact.substring(0, n - 1), compact.charAt(n - 1)), s);
      assertEquals(layout(hkid), layout(s), s);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432",
      "FR14 2004 1010 0505 0001 3M02 606", "NL91ABNA0417164300", "CH9300762011623852957"})
  void ibansPassMod97WithSameCountryLengthAndSpacing(String iban) {
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate("IBAN_CODE", iban, "scope-" + i);
      String compact = Shape.alphanumerics(s);
      assertTrue(Iban.isValid(compact), s);
      assertEquals(iban.substring(0, 2), s.substring(0, 2), s);
      assertEquals(layout(iban.substring(4)), layout(s.substring(4)), s);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"123-45-6789", "123456789", "078 05 1121"})
  void socialSecurityNumbersObeySsaRules(String ssn) {
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate("US_SSN", ssn, "scope-" + i);
      assertTrue(UsSsn.isValid(Shape.digits(s)), s);
      assertEquals(layout(ssn), layout(s), s);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"943 476 5919", "9434765919", "943-476-5919"})
  void nhsNumbersPassMod11(String nhs) {
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate("UK_NHS", nhs, "scope-" + i);
      assertTrue(NhsNumber.isValid(Shape.digits(s)), s);
      assertEquals(layout(nhs), layout(s), s);
    }
  }
}
