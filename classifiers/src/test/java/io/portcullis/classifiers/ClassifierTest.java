package io.portcullis.classifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** End-to-end through {@link Classifier#withDefaults()}: shapes, validation, context, resolution. */
class ClassifierTest {

  /** Patterns and phones only: the exact expectations below are about those detectors. */
  static final Classifier CLASSIFIER = patternsAndPhones();

  static Classifier patternsAndPhones() {
    EntityCatalog catalog = EntityCatalog.load();
    return Classifier.builder().catalog(catalog)
        .detector(new io.portcullis.classifiers.pattern.PatternDetector(
            io.portcullis.classifiers.pattern.Recognizers.defaults(), catalog))
        .detector(new io.portcullis.classifiers.phone.PhoneDetector(catalog))
        .build();
  }

  @Test
  void defaultsRegisterEveryShippedDetector() {
    Classifier all = Classifier.withDefaults();
    assertEquals(List.of("pattern", "phone", "nlp-names"),
        all.detectors().stream().map(Detector::name).toList());
    List<Finding> f = all.classify("Please email John Smith at john.smith@example.com today.",
        ClassificationContext.defaults());
    assertTrue(f.stream().anyMatch(x -> x.type().equals("EMAIL_ADDRESS")), f.toString());
  }

  static List<String> found(String text) {
    return CLASSIFIER.classify(text, ClassificationContext.defaults()).stream()
        .map(f -> f.type() + "=" + text.substring(f.start(), f.end()))
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Card: 4111 1111 1111 1111 exp 12/29|CREDIT_CARD=4111 1111 1111 1111",
      "卡号6222021234567890123请还款|",
      "银行卡号：6200000000000005，谢谢|CREDIT_CARD=6200000000000005",
      "身份证号110101199003077777请|",
      "身份证号11010519491231002X请核对|CN_RESIDENT_ID=11010519491231002X",
      "身份证号 110105 19491231 002X 请核对|CN_RESIDENT_ID=110105 19491231 002X",
      "ID card: 110105-19491231-002X.|CN_RESIDENT_ID=110105-19491231-002X",
      "ref 110105 19491231 0021 ok|",
      "身份证号１１０１０５１９４９１２３１００２Ｘ请核对|CN_RESIDENT_ID=１１０１０５１９４９１２３１００２Ｘ",
      "旧身份证号110105491231002已作废|CN_RESIDENT_ID=110105491231002",
      "批次110105491231002已处理|",
      "身份证号110105491331002|",
      "手机１３８１２３４５６７８|PHONE_NUMBER=１３８１２３４５６７８",
      "wire to GB82 WEST 1234 5698 7654 32 today|IBAN_CODE=GB82 WEST 1234 5698 7654 32",
      "统一社会信用代码91350100M000100Y43。|CN_USCC=91350100M000100Y43",
      "HKID: A123456(3)|HK_ID=A123456(3)",
      "SSN 536-22-1234|US_SSN=536-22-1234",
      "ssn 666-22-1234|",
      "NHS number: 943 476 5919|UK_NHS=943 476 5919",
      "NHS no 1111111111|",
      "passport no. 561234789|US_PASSPORT=561234789",
      "护照号码E12345678|CN_PASSPORT=E12345678",
      "write to zhang.san+test@mail.example.com.cn now|EMAIL_ADDRESS=zhang.san+test@mail.example.com.cn",
      "邮箱lisi@163.com谢谢|EMAIL_ADDRESS=lisi@163.com",
      "host 192.168.10.254 is down|IP_ADDRESS=192.168.10.254",
      "version 1.2.3.4 released|",
      "bad 256.1.1.1 address|",
      "ipv6 fe80::1ff:fe23:4567:890a ok|IP_ADDRESS=fe80::1ff:fe23:4567:890a",
      "std::vector<int> v;|",
      "mac 00-1A-2B-3C-4D-5E|MAC_ADDRESS=00-1A-2B-3C-4D-5E",
      "see (https://example.org/path?q=1).|URL=https://example.org/path?q=1",
      "DOB 07/03/1990|DATE_OF_BIRTH=07/03/1990",
      "meeting on 07/03/1990|",
      "出生日期：1990年3月7日|DATE_OF_BIRTH=1990年3月7日",
      "btc 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy|CRYPTO=3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
      "eth 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD|",
      "key AKIAIOSFODNN7EXAMPLE|API_KEY=AKIAIOSFODNN7EXAMPLE",
      "export OPENAI_API_KEY=sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z|API_KEY=sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z",
      "password: required|",
      "db_password = \"S3cure!pass\"|API_KEY=S3cure!pass",
      "max_tokens=4096|",
      "手机13812345678|PHONE_NUMBER=13812345678",
      "Call me at (555) 123-4567 tonight|PHONE_NUMBER=(555) 123-4567",
      "Room (555) 123-4567 is booked|",
      "order id 20231107123456789012|",
      "uuid 550e8400-e29b-41d4-a716-446655440000|",
      "commit 9fceb02d0ae598e95dc970b74767f19372d61af8|",
  })
  void findsExactlyTheExpected(String text, String expected) {
    List<String> got = found(text);
    assertEquals(expected == null ? List.of() : List.of(expected), got, text);
  }

  @Test
  void chineseWithoutSpacesKeepsExactBoundaries() {
    String t = "张三身份证号11010519491231002X手机13812345678邮箱zs@example.com。";
    assertEquals(List.of("CN_RESIDENT_ID=11010519491231002X", "PHONE_NUMBER=13812345678",
        "EMAIL_ADDRESS=zs@example.com"), found(t));
  }

  @Test
  void languageIsIdentifiedByScript() {
    assertEquals("zh", CLASSIFIER.identifyLanguage("请把这个文件发给我 thanks"));
    assertEquals("en", CLASSIFIER.identifyLanguage("please send the file 谢谢"));
  }

  @Test
  void regionHintComesFromLanguageOrTenant() {
    String t = "ref 01062345678"; // no phone word: only a VALID number counts
    assertTrue(CLASSIFIER.classify(t, new ClassificationContext("en", null, Set.of())).isEmpty(),
        "a Beijing landline is no number in the US plan");
    assertEquals(1, CLASSIFIER.classify(t, new ClassificationContext("en", "CN", Set.of())).size());
    assertEquals(1, CLASSIFIER.classify(t, new ClassificationContext("zh", null, Set.of())).size());
    // With a phone word, a merely POSSIBLE number (fictional 555) is reported, unvalidated.
    List<Finding> f = CLASSIFIER.classify("call 555-123-4567",
        new ClassificationContext("en", null, Set.of()));
    assertEquals(1, f.size());
    assertFalse(f.get(0).validated());
  }

  @Test
  void onlyEnabledTypesAreReported() {
    String t = "mail a@b.com card 4111111111111111";
    List<Finding> f = CLASSIFIER.classify(t, new ClassificationContext(null, null,
        Set.of("EMAIL_ADDRESS")));
    assertEquals(1, f.size());
    assertEquals("EMAIL_ADDRESS", f.get(0).type());
  }

  @Test
  void overlapsResolveToOneDeterministicFinding() {
    // The IP sits inside the URL: the longer validated span of the same level wins.
    assertEquals(List.of("URL=http://10.1.2.3/admin"), found("open http://10.1.2.3/admin now"));
    // The e-mail (level 2) beats the URL (level 1) it is embedded in.
    List<String> f = found("https://x.example.com/?u=john@doe.com");
    assertTrue(f.contains("EMAIL_ADDRESS=john@doe.com"), f.toString());
  }

  @Test
  void resolverPrefersValidatedThenLevelThenLength() {
    EntityCatalog c = EntityCatalog.load();
    Finding unvalidated = c.finding("US_PASSPORT", 0, 9, 0.99, "a", false, "");
    Finding validated = c.finding("PHONE_NUMBER", 0, 10, 0.6, "b", true, "");
    Finding higher = c.finding("US_SSN", 0, 9, 0.6, "c", true, "");
    assertEquals(List.of(higher),
        new OverlapResolver().resolve(List.of(unvalidated, validated, higher)));
    assertEquals(List.of(validated), new OverlapResolver().resolve(List.of(unvalidated, validated)));
  }

  @Test
  @org.junit.jupiter.api.Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES) // hang guard only
  void megabyteInputClassifiesWithSaneOutput() {
    StringBuilder sb = new StringBuilder(1 << 20);
    String block = "用户张三，身份证号11010519491231002X，卡号4111 1111 1111 1111，"
        + "mail a.b@example.com, ip 10.0.0.1, order 20231107123456, hash 9fceb02d0ae598e95dc9 ";
    int blocks = 0;
    while (sb.length() < (1 << 20)) {
      sb.append(block);
      blocks++;
    }
    String text = sb.toString();
    List<Finding> f = CLASSIFIER.classify(text, ClassificationContext.defaults());
    assertEquals(blocks * 4, f.size());
    for (int i = 1; i < f.size(); i++) {
      assertTrue(f.get(i - 1).end() <= f.get(i).start(), "findings are disjoint and ordered");
    }
    // Pathological shapes (256 KiB each): long runs of digits, separators, '@', hex, glued signs.
    for (String unit : new String[] {"1", "1 ", "1-", "@", "a@", "f:", "0.", "eyJ", "-----BEGIN ",
        "password=", "www.", "-----BEGIN PRIVATE KEY-----", "x+1 ", "a(", "我"}) {
      String s = unit.repeat((1 << 18) / unit.length());
      List<Finding> out = CLASSIFIER.classify(s, ClassificationContext.defaults());
      assertFalse(out.size() > s.length(), unit);
    }
  }
}
