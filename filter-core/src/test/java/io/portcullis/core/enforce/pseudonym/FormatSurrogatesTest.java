package io.portcullis.core.enforce.pseudonym;

import static io.portcullis.core.enforce.pseudonym.ChecksumSurrogatesTest.layout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.net.InetAddress;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatSurrogatesTest {

  private static final Surrogates S = TestKeys.SURROGATES;
  private static final int SCOPES = 200;
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  @ParameterizedTest
  @CsvSource({"+86 138 0013 8000, CN", "13800138000, CN", "+1 650-253-0000, US",
      "+44 20 7946 0958, GB", "+852 9123 4567, HK", "+49 30 901820, DE", "(650) 253-0000, US"})
  void phonesStayValidNumbersOfTheSameRegionInTheSameFormatting(String phone, String region)
      throws NumberParseException {
    int valid = 0;
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate("PHONE_NUMBER", phone, "scope-" + i);
      assertEquals(layout(phone), layout(s), s);
      PhoneNumber n = PHONES.parse(s, region);
      if (PHONES.isValidNumber(n) && region.equals(PHONES.getRegionCodeForNumber(n))) {
        valid++;
      }
    }
    assertEquals(SCOPES, valid, "surrogates libphonenumber accepts for " + region);
  }

  @ParameterizedTest
  @ValueSource(strings = {"zhang.wei@corp.cn", "ZHANG_WEI@CORP.CN", "jdoe@gmail.com"})
  void emailsUseReservedDomainsAndAPlausibleLocalPart(String email) {
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate("EMAIL_ADDRESS", email, "scope-" + i);
      String domain = s.substring(s.indexOf('@') + 1);
      assertTrue(domain.equals("example.com") || domain.endsWith(".example.com")
          || domain.equals("example.org") || domain.endsWith(".example.org")
          || domain.equals("example.net"), s);
      assertTrue(s.substring(0, s.indexOf('@')).matches("(?i)[a-z]+([._][a-z]+|\\d\\d)"), s);
    }
    assertTrue(S.surrogate("EMAIL_ADDRESS", "zhang.wei@corp.cn", "t").contains("."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1.2.3", "8.8.8.8", "2001:4860:4860::8888", "FE80::1"})
  void ipAddressesComeFromDocumentationRanges(String ip) throws Exception {
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate("IP_ADDRESS", ip, "scope-" + i);
      byte[] a = InetAddress.getByName(s).getAddress(); // parses literals only, no lookup
      if (ip.contains(":")) {
        assertEquals(16, a.length, s);
        assertEquals(0x20010db8, ((a[0] & 0xff) << 24) | ((a[1] & 0xff) << 16)
            | ((a[2] & 0xff) << 8) | (a[3] & 0xff), s);
      } else {
        assertEquals(4, a.length, s);
        String net = (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff);
        assertTrue(net.equals("192.0.2") || net.equals("198.51.100") || net.equals("203.0.113"),
            s);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e", "001a.2b3c.4d5e"})
  void macAddressesKeepNotationAndAreLocallyAdministeredUnicast(String mac) {
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate("MAC_ADDRESS", mac, "scope-" + i);
      assertEquals(mac.replaceAll("[0-9A-Fa-f]", "h"), s.replaceAll("[0-9A-Fa-f]", "h"), s);
      int firstOctet = Integer.parseInt(Shape.alphanumerics(s).substring(0, 2), 16);
      assertEquals(0x02, firstOctet & 0x03, s);
      assertEquals(mac.equals(mac.toLowerCase(Locale.ROOT)), s.equals(s.toLowerCase(Locale.ROOT)));
    }
  }

  @Test
  void urlsPointAtExampleComWithTheSamePathShape() {
    String url = "https://intranet.corp.cn:8443/hr/records/1234?id=77#top";
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate("URL", url, "scope-" + i);
      URI u = URI.create(s);
      assertEquals("https", u.getScheme());
      assertEquals("example.com", u.getHost());
      assertEquals(layout("/hr/records/1234?id=77#top"), layout(s.substring(s.indexOf(".com") + 4)));
    }
    assertTrue(S.surrogate("URL", "www.corp.cn/about", "t").startsWith("www.example.com/"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"张伟", "王小明", "欧阳娜娜"})
  void hanNamesGetHanNamesOfTheSameLength(String name) {
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate("PERSON", name, "scope-" + i);
      assertEquals(name.length(), s.length(), s);
      assertTrue(s.codePoints().allMatch(
          c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), s);
    }
  }

  @ParameterizedTest
  @CsvSource({"Alice Johnson, 2", "Bob, 1", "John F. Kennedy, 3", "MARY SMITH, 2"})
  void latinNamesGetEnglishNamesWithTheSameWordCountAndCase(String name, int words) {
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate("PERSON", name, "scope-" + i);
      assertEquals(words, s.split(" ").length, s);
      assertTrue(s.matches("[A-Za-z. ]+"), s);
      assertEquals(name.equals(name.toUpperCase(Locale.ROOT)), s.equals(s.toUpperCase(Locale.ROOT)));
    }
  }

  @Test
  void namesInOtherScriptsGetPlaceholdersNotNamesInTheWrongScript() {
    assertTrue(S.surrogate("PERSON", "Иван Петров", "t").matches("\\[PERSON_\\d+]"));
  }

  @Test
  void placesAndOrganisationsStayInScriptAndKeepTheLegalForm() {
    for (int i = 0; i < SCOPES; i++) {
      String scope = "scope-" + i;
      assertTrue(S.surrogate("LOCATION", "深圳市", scope).matches("\\p{IsHan}+市"));
      assertTrue(S.surrogate("LOCATION", "Shenzhen", scope).matches("[A-Z][a-z]+"));
      assertTrue(S.surrogate("ORGANIZATION", "腾讯科技有限公司", scope).matches("\\p{IsHan}+有限公司"));
      assertTrue(S.surrogate("ORGANIZATION", "Acme Widgets Inc.", scope)
          .matches("[A-Z][a-z]+ [A-Z][a-z]+ Inc\\."));
      assertTrue(S.surrogate("ORGANIZATION", "Contoso GmbH", scope).endsWith(" GmbH"));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1990-03-07|uuuu-MM-dd", "1990/3/7|uuuu/M/d",
      "1990年3月7日|uuuu年M月d日", "7 March 1990|d MMMM uuuu", "March 7, 1990|MMMM d, uuuu",
      "Mar 7, 1990|MMM d, uuuu", "25/12/1985|dd/MM/uuuu", "12/25/1985|MM/dd/uuuu"})
  void datesOfBirthAreOtherRealPastDatesInTheSameFormat(String date, String pattern) {
    DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
    LocalDate original = LocalDate.parse(date, f);
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate("DATE_OF_BIRTH", date, "scope-" + i);
      LocalDate d = LocalDate.parse(s, f); // throws when not a real date in that format
      assertNotEquals(original, d, s);
      assertTrue(Math.abs(d.getYear() - original.getYear()) <= 3, s);
      assertTrue(d.isBefore(LocalDate.now()), s);
    }
  }

  @Test
  void ambiguousDayMonthOrderStaysValidEitherWay() {
    DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd/MM/uuuu")
        .withResolverStyle(ResolverStyle.STRICT);
    DateTimeFormatter monthFirst = DateTimeFormatter.ofPattern("MM/dd/uuuu")
        .withResolverStyle(ResolverStyle.STRICT);
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate("DATE_OF_BIRTH", "03/07/1990", "scope-" + i);
      LocalDate.parse(s, dayFirst);
      LocalDate.parse(s, monthFirst);
    }
  }

  @ParameterizedTest
  @CsvSource({"sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8t, sk-proj-", "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5,"
      + " ghp_", "AKIAIOSFODNN7EXAMPLE, AKIA", "E12345678, E", "C03005988, C"})
  void keysAndPassportsKeepPrefixAndShape(String key, String prefix) {
    for (int i = 0; i < SCOPES; i++) {
      String s = S.surrogate(key.startsWith("E1") ? "CN_PASSPORT" : "API_KEY", key, "scope-" + i);
      assertTrue(s.startsWith(prefix), s);
      assertEquals(key.length(), s.length(), s);
      assertEquals(key.replaceAll("[0-9]", "d").replaceAll("[A-Z]", "U").replaceAll("[a-z]", "l"),
          s.replaceAll("[0-9]", "d").replaceAll("[A-Z]", "U").replaceAll("[a-z]", "l"), s);
    }
  }
}
