package io.portcullis.classifiers.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Published valid identifiers pass; one-character mutations and structural violations fail. */
class ValidatorsTest {

  @ParameterizedTest
  @ValueSource(strings = {"4111111111111111", "4012888888881881", "5555555555554444",
      "5105105105105100", "2223003122003222", "378282246310005", "371449635398431",
      "6011111111111117", "6011000990139424", "3530111333300000", "3566002020360505",
      "6200000000000005", "6205500000000000004"})
  void publishedTestCardsAreValid(String number) {
    assertTrue(CardIssuers.isValid(number), number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4111111111111112", "5555555555554445", "1234567812345670",
      "9999999999999995", "378282246310006", "0000000000000000"})
  void luhnFailuresAndUnknownRangesAreInvalid(String number) {
    assertFalse(CardIssuers.isValid(number), number);
  }

  @Test
  void luhnCheckDigitCompletesPayload() {
    assertEquals('1', Luhn.checkDigit("411111111111111"));
    assertEquals('4', Luhn.checkDigit("555555555555444"));
  }

  @Test
  void cardSchemesByIin() {
    assertEquals("Mastercard", CardIssuers.scheme("2223003122003222"));
    assertEquals("UnionPay", CardIssuers.scheme("6200000000000005"));
    assertEquals("JCB", CardIssuers.scheme("3530111333300000"));
    assertEquals("American Express", CardIssuers.scheme("378282246310005"));
    assertEquals("Mir", CardIssuers.scheme("2200240000000006"));
    assertEquals("Maestro", CardIssuers.scheme("6304000000000000"));
    assertEquals("Maestro", CardIssuers.scheme("5018000000000009"));
    assertNull(CardIssuers.scheme("2205000000000000"), "just past Mir's range");
    assertNull(CardIssuers.scheme("7000000000000000"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB82WEST12345698765432", "DE89370400440532013000",
      "FR1420041010050500013M02606", "NL91ABNA0417164300", "CH9300762011623852957",
      "BE68539007547034", "NO9386011117947", "RU0204452560040702810412345678901",
      "LY83002048000020100120361", "OM810180000001299123456", "YE15CBYE0001018861234567891234"})
  void publishedIbansAreValid(String iban) {
    assertTrue(Iban.isValid(iban), iban);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB82WEST12345698765433", "DE89370400440532013001",
      "GB82WEST1234569876543", "XX82WEST12345698765432", "DE8937040044053201300"})
  void ibanChecksumOrLengthFailuresAreInvalid(String iban) {
    assertFalse(Iban.isValid(iban), iban);
  }

  @Test
  void ibanCheckDigitsRoundTrip() {
    assertEquals("82", Iban.checkDigits("GB", "WEST12345698765432"));
  }

  @Test
  void cnResidentIds() {
    LocalDate today = LocalDate.of(2026, 1, 1);
    assertTrue(CnResidentId.isValid("11010519491231002X", today));
    assertTrue(CnResidentId.isValid("11010519491231002x", today));
    assertFalse(CnResidentId.isValid("110105194912310021", today), "wrong check character");
    // Right check character but an impossible birth date (Feb 30).
    String feb30 = "11010519490230001";
    assertFalse(CnResidentId.isValid(feb30 + CnResidentId.checkChar(feb30), today));
    // Right check character, real date, unknown province 99.
    String badArea = "99010519491231002";
    assertFalse(CnResidentId.isValid(badArea + CnResidentId.checkChar(badArea), today));
    // Born in the future.
    String future = "11010520300101002";
    assertFalse(CnResidentId.isValid(future + CnResidentId.checkChar(future), today));
  }

  @Test
  void cnUscc() {
    assertTrue(CnUscc.isValid("91350100M000100Y43"));
    assertFalse(CnUscc.isValid("91350100M000100Y44"));
    String body = "91110000" + "600037341";
    assertTrue(CnUscc.isValid(body + CnUscc.checkChar(body)));
    // every authority/type pair of GB 32100 Annex A: law firms, trade unions, religious bodies, the
    // military's staffing office, rural collectives; with a correct check character only the pair decides
    for (String pair : new String[] {"31", "35", "21", "41", "61", "71", "72", "81", "A1", "N2", "Y1", "12", "53"}) {
      String b = pair + "110000" + "MA01X2Y3Z";
      assertTrue(CnUscc.isValid(b + CnUscc.checkChar(b)), pair);
    }
    for (String pair : new String[] {"82", "24", "94", "Y2", "Z1", "B1", "01"}) {
      String b = pair + "110000" + "MA01X2Y3Z";
      assertFalse(CnUscc.isValid(b + CnUscc.checkChar(b)), "no such authority/type pair: " + pair);
    }
  }

  @Test
  void hkIds() {
    assertTrue(HkId.isValid("A123456", '3'));
    assertFalse(HkId.isValid("A123456", '4'));
    assertEquals('?', HkId.checkChar("A12345"));
    char c = HkId.checkChar("AB987654");
    assertTrue(HkId.isValid("AB987654", c));
  }

  @Test
  void usSsnRules() {
    assertTrue(UsSsn.isValid("536221234"));
    assertFalse(UsSsn.isValid("000221234"), "area 000");
    assertFalse(UsSsn.isValid("666221234"), "area 666");
    assertFalse(UsSsn.isValid("912221234"), "area 9xx");
    assertFalse(UsSsn.isValid("536001234"), "group 00");
    assertFalse(UsSsn.isValid("536220000"), "serial 0000");
    assertFalse(UsSsn.isValid("078051120"), "voided Woolworth number");
  }

  @Test
  void nhsNumbers() {
    assertTrue(NhsNumber.isValid("9434765919"));
    assertTrue(NhsNumber.isValid("4010232137"));
    assertFalse(NhsNumber.isValid("9434765918"));
    assertFalse(NhsNumber.isValid("1111111111"), "same digit repeated");
  }

  @Test
  void bitcoinBase58Check() {
    assertTrue(Base58Check.isBitcoinAddress("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"));
    assertTrue(Base58Check.isBitcoinAddress("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"));
    assertFalse(Base58Check.isBitcoinAddress("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"));
    assertFalse(Base58Check.isBitcoinAddress("0OIl"), "characters outside Base58");
  }

  /** The in-place decoder against the textbook BigInteger one, on random strings and round trips. */
  @Test
  void base58DecodeMatchesBigIntegerDecoding() {
    java.util.Random rnd = new java.util.Random(58);
    for (int t = 0; t < 20_000; t++) {
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(40);
      for (int i = 0; i < len; i++) {
        sb.append(rnd.nextInt(8) == 0 ? '1' : Base58Check.ALPHABET.charAt(rnd.nextInt(58)));
      }
      if (rnd.nextInt(50) == 0) {
        sb.append("0OIl中".charAt(rnd.nextInt(5)));
      }
      String s = sb.toString();
      assertArrayEquals(bigIntegerDecode(s), Base58Check.decode(s), s);
      byte[] data = new byte[rnd.nextInt(30)];
      rnd.nextBytes(data);
      if (data.length > 0 && rnd.nextBoolean()) {
        data[0] = 0;
      }
      assertArrayEquals(data, Base58Check.decode(Base58Check.encode(data)));
    }
  }

  private static byte[] bigIntegerDecode(String s) {
    java.math.BigInteger v = java.math.BigInteger.ZERO;
    int zeros = 0;
    while (zeros < s.length() && s.charAt(zeros) == '1') {
      zeros++;
    }
    for (int i = 0; i < s.length(); i++) {
      int d = Base58Check.ALPHABET.indexOf(s.charAt(i));
      if (d < 0) {
        return null;
      }
      v = v.multiply(java.math.BigInteger.valueOf(58)).add(java.math.BigInteger.valueOf(d));
    }
    byte[] body = v.signum() == 0 ? new byte[0] : v.toByteArray();
    int skip = body.length > 0 && body[0] == 0 ? 1 : 0;
    byte[] out = new byte[zeros + body.length - skip];
    System.arraycopy(body, skip, out, zeros, body.length - skip);
    return out;
  }

  @Test
  void bech32AndBech32m() {
    assertTrue(Bech32.isValid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "bc"));
    assertTrue(Bech32.isValid("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "bc"));
    assertTrue(Bech32.isValid(
        "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297", "bc"), "Taproot, Bech32m");
    assertFalse(Bech32.isValid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", "bc"));
    assertFalse(Bech32.isValid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kV8f3t4", "bc"), "mixed case");
    int[] data = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    assertTrue(Bech32.isValid(Bech32.encode("bc", data, false), "bc"));
    assertTrue(Bech32.isValid(Bech32.encode("bc", data, true), "bc"));
  }

  @Test
  void eip55FromTheSpecification() {
    for (String a : new String[] {"5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "dbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "D1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"}) {
      assertTrue(Eip55.hasValidChecksum(a), a);
      assertEquals(a, Eip55.checksum(a.toLowerCase(java.util.Locale.ROOT)));
    }
    assertFalse(Eip55.hasValidChecksum("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"));
  }
}
