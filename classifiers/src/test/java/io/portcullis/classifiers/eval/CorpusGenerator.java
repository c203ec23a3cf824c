package io.portcullis.classifiers.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Builds a labelled English and Chinese corpus, reproducibly from a seed. Each sample mixes one or two
 * sensitive values in varied sentence, JSON, CSV, log and code shapes with hard negatives (checksum
 * failures, order ids, timestamps, UUIDs, hashes, code and log lines) and plain filler prose.
 */
public final class CorpusGenerator {

  /** A gold span (UTF-16 offsets into the sample text). */
  public record Span(String type, int start, int end) {
  }

  public record Sample(String id, String language, String text, List<Span> gold) {
  }

  /** Types this corpus labels (pattern and phone detectors; names and dictionaries are elsewhere). */
  public static final List<String> TYPES = List.of("CREDIT_CARD", "IBAN_CODE", "CN_RESIDENT_ID",
      "CN_USCC", "HK_ID", "US_SSN", "UK_NHS", "CRYPTO", "PHONE_NUMBER", "EMAIL_ADDRESS",
      "IP_ADDRESS", "API_KEY", "URL", "MAC_ADDRESS", "DATE_OF_BIRTH", "CN_PASSPORT", "US_PASSPORT");

  private final Random rnd;
  private final Values v;

  public CorpusGenerator(long seed) {
    this.rnd = new Random(seed);
    this.v = new Values(rnd);
  }

  private static final List<String> FILLER_EN = List.of(
      "Please review the attached report before Friday.",
      "Let me know if you have any questions.",
      "The meeting was moved to the afternoon.",
      "Thanks for your help with the migration last week.",
      "Can you summarize this conversation for the customer?",
      "Translate the following paragraph into French, keeping the tone formal.",
      "We need to ship the fix before the release freeze.",
      "I am writing to follow up on our previous discussion.",
      "Rewrite this email so it sounds more polite.",
      "The quarterly numbers look better than expected.");
  private static final List<String> FILLER_ZH = List.of(
      "请在周五前审核附件中的报告。",
      "如有问题请随时联系我。",
      "会议改到下午了。",
      "感谢你上周对迁移工作的帮助。",
      "请帮我总结一下这段对话。",
      "把下面这段话翻译成英文，语气正式一些。",
      "我们需要在版本冻结前发布修复。",
      "关于上次讨论的事情，我想跟进一下。",
      "请把这封邮件改写得更礼貌一些。",
      "本季度的数据比预期要好。");

  /** Positive templates per type: {@code {}} marks the value. */
  private Map<String, List<String>> templates(boolean zh) {
    if (zh) {
      return Map.ofEntries(
          Map.entry("CREDIT_CARD", List.of("我的信用卡号是{}，请帮我查一下账单", "卡号：{}", "银行卡{}已经挂失",
              "请用尾号这张卡{}付款", "{\"card_no\": \"{}\"}", "支付失败，卡号{}")),
          Map.entry("IBAN_CODE", List.of("请汇款到账户{}", "IBAN：{}", "收款账号{}，户名见附件", "对方账户是{}")),
          Map.entry("CN_RESIDENT_ID", List.of("身份证号{}", "我的身份证号码是{}，请核对", "公民身份号码：{}",
              "证件号{}已登记", "申请人{}的资料已提交", "id_card={}")),
          Map.entry("CN_USCC", List.of("统一社会信用代码：{}", "公司信用代码{}", "纳税人识别号{}", "营业执照编号为{}")),
          Map.entry("HK_ID", List.of("香港身份证号码{}", "身份證：{}", "HKID {}")),
          Map.entry("US_SSN", List.of("他的美国社会安全号(SSN)是{}", "SSN：{}")),
          Map.entry("UK_NHS", List.of("NHS号码：{}", "病人的NHS number是{}")),
          Map.entry("CRYPTO", List.of("比特币钱包地址{}", "请转账到{}", "以太坊地址：{}", "收款地址{}，请确认")),
          Map.entry("PHONE_NUMBER", List.of("手机{}", "请拨打{}联系我", "电话：{}", "联系方式{}，工作日可打",
              "紧急联系人电话{}", "{}")),
          Map.entry("EMAIL_ADDRESS", List.of("邮箱{}", "请发邮件到{}", "联系邮箱：{}", "{}")),
          Map.entry("IP_ADDRESS", List.of("服务器IP是{}", "来自{}的登录请求", "地址{}无法访问", "{}")),
          Map.entry("API_KEY", List.of("我的密钥是{}", "api_key={}", "用这个token：{}", "export OPENAI_API_KEY={}")),
          Map.entry("URL", List.of("请访问{}", "链接：{}", "详见{}")),
          Map.entry("MAC_ADDRESS", List.of("网卡MAC地址{}", "设备物理地址：{}")),
          Map.entry("DATE_OF_BIRTH", List.of("出生日期：{}", "他生于{}", "生日{}", "出生年月{}")),
          Map.entry("CN_PASSPORT", List.of("护照号码{}", "我的护照是{}", "护照：{}")),
          Map.entry("US_PASSPORT", List.of("美国护照号码{}", "护照号：{}")));
    }
    return Map.ofEntries(
        Map.entry("CREDIT_CARD", List.of("My card number is {}.", "Charge it to {} please.",
            "card: {}", "The payment with {} was declined.", "{\"pan\": \"{}\", \"exp\": \"09/28\"}",
            "Use the Visa {} for the booking.")),
        Map.entry("IBAN_CODE", List.of("Please wire the funds to {}.", "IBAN: {}",
            "Our account {} is at Deutsche Bank.", "Transfer to {} by Monday.")),
        Map.entry("CN_RESIDENT_ID", List.of("Her Chinese ID number is {}.", "ID card: {}",
            "resident_id,{}", "The applicant {} passed verification.")),
        Map.entry("CN_USCC", List.of("The supplier's unified social credit code is {}.",
            "USCC {}", "Tax ID: {}")),
        Map.entry("HK_ID", List.of("HKID: {}", "His Hong Kong identity card is {}.")),
        Map.entry("US_SSN", List.of("SSN: {}", "My social security number is {}.",
            "ssn={}", "Employee SSN {} on file.")),
        Map.entry("UK_NHS", List.of("NHS number {}", "Patient NHS No: {}",
            "Her NHS number is {}.")),
        Map.entry("CRYPTO", List.of("Send the BTC to {}.", "wallet: {}", "My ETH address is {}.",
            "Pay to {} once confirmed.")),
        Map.entry("PHONE_NUMBER", List.of("Call me at {}.", "Phone: {}", "You can reach the office on {}.",
            "mobile {}", "{}", "Tel {} (weekdays)")),
        Map.entry("EMAIL_ADDRESS", List.of("Email me at {}.", "Contact: {}", "cc {} on the thread",
            "{\"email\": \"{}\"}", "{}")),
        Map.entry("IP_ADDRESS", List.of("The server at {} is down.", "Blocked login from {}",
            "host={}", "ping {}", "{}")),
        Map.entry("API_KEY", List.of("Here is my key: {}", "API_KEY={}", "Authorization: Bearer {}",
            "token: {}", "client = OpenAI(api_key=\"{}\")")),
        Map.entry("URL", List.of("See {} for details.", "Link: {}", "Open {} in a browser.")),
        Map.entry("MAC_ADDRESS", List.of("MAC address {}", "The device {} joined the network.")),
        Map.entry("DATE_OF_BIRTH", List.of("Date of birth: {}", "She was born on {}.", "DOB {}",
            "birthday {}")),
        Map.entry("CN_PASSPORT", List.of("Chinese passport {}", "passport no. {}")),
        Map.entry("US_PASSPORT", List.of("US passport number {}", "Passport: {}")));
  }

  private Supplier<String> value(String type, boolean zh) {
    return switch (type) {
      case "CREDIT_CARD" -> () -> v.formatCard(v.cardNumber());
      case "IBAN_CODE" -> v::iban;
      case "CN_RESIDENT_ID" -> v::cnResidentIdAnyForm;
      case "CN_USCC" -> v::cnUscc;
      case "HK_ID" -> v::hkId;
      case "US_SSN" -> v::usSsn;
      case "UK_NHS" -> v::nhs;
      case "CRYPTO" -> v::crypto;
      case "PHONE_NUMBER" -> () -> v.phone(zh);
      case "EMAIL_ADDRESS" -> v::email;
      case "IP_ADDRESS" -> () -> rnd.nextInt(4) == 0 ? v.ipv6() : v.ipv4();
      case "API_KEY" -> v::apiKey;
      case "URL" -> v::url;
      case "MAC_ADDRESS" -> v::mac;
      case "DATE_OF_BIRTH" -> () -> v.dateOfBirth(zh);
      case "CN_PASSPORT" -> v::cnPassport;
      case "US_PASSPORT" -> v::usPassport;
      default -> throw new IllegalArgumentException(type);
    };
  }

  /** Hard negatives: text that must yield none of {@link #TYPES}. */
  private String negative(boolean zh) {
    String card = v.cardNumber();
    String badCard = card.substring(0, card.length() - 1) + (char) ('0' + (card.charAt(card.length() - 1) - '0' + 1) % 10);
    String id = v.cnResidentId();
    char wrong = id.charAt(17) == '1' ? '2' : '1';
    String badId = id.substring(0, 17) + wrong;
    String iban = v.iban().replace(" ", "");
    String badIban = iban.substring(0, iban.length() - 1) + (char) ('0' + (iban.charAt(iban.length() - 1) - '0' + 3) % 10);
    String uuid = java.util.UUID.nameUUIDFromBytes(v.bytes(8)).toString();
    String sha1 = java.util.HexFormat.of().formatHex(v.bytes(20));
    String sha256 = java.util.HexFormat.of().formatHex(v.bytes(32));
    long epoch = 1_600_000_000L + rnd.nextInt(200_000_000);
    List<String> en = List.of(
        "Card " + badCard + " failed the check, it was a typo.",
        "Order #" + v.digits(12) + " shipped on 2024-03-0" + (1 + rnd.nextInt(9)) + ".",
        "request_id=" + uuid + " status=200 latency=" + rnd.nextInt(900) + "ms",
        "commit " + sha1 + " fixed the build",
        "sha256: " + sha256,
        "ts=" + epoch + " level=INFO msg=\"cache warmed\"",
        "created_at: " + epoch + v.digits(3),
        "2024-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(9) + " 10:22:31,123 INFO [worker-3] processed "
            + rnd.nextInt(5000) + " records in 0." + rnd.nextInt(99) + "s",
        "for (int i = 0; i < " + rnd.nextInt(4096) + "; i++) { buf[i] = 0x7f; }",
        "SELECT * FROM orders WHERE order_id = " + v.digits(10) + " AND total > 100;",
        "The invoice total was $" + (1 + rnd.nextInt(99)) + "," + v.digits(3) + ".00 including tax.",
        "password=${DB_PASSWORD} and api_key: <your-key-here>",
        "token = os.environ[\"GITHUB_TOKEN\"]",
        "max_tokens=" + (256 << rnd.nextInt(5)) + ", temperature=0.7",
        "Upgrade to version 1." + rnd.nextInt(20) + "." + rnd.nextInt(20) + " before Friday.",
        "The meeting is on 2024-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(9) + " at 10:00.",
        "Tracking number SF" + v.digits(12) + " is in transit.",
        "IBAN " + badIban + " was rejected by the bank.",
        "ID " + badId + " did not validate.",
        "Batch " + v.cnLegacyResidentId() + " was processed overnight.",
        "x = np.zeros((" + rnd.nextInt(512) + ", " + rnd.nextInt(512) + ")) # shape");
    List<String> zhs = List.of(
        "卡号" + badCard + "校验失败，可能输错了。",
        "订单号" + v.digits(18) + "已发货。",
        "请求ID：" + uuid + "，状态正常。",
        "提交" + sha1 + "修复了构建。",
        "时间戳" + epoch + "，缓存已预热。",
        "发票金额为¥" + rnd.nextInt(99) + "," + v.digits(3) + ".00元。",
        "快递单号SF" + v.digits(12) + "正在运输中。",
        "身份证号" + badId + "校验不通过。",
        "批次" + v.cnLegacyResidentId() + "已处理。",
        "会议定在2024年" + (1 + rnd.nextInt(12)) + "月" + (1 + rnd.nextInt(28)) + "日上午。",
        "版本号1." + rnd.nextInt(20) + "." + rnd.nextInt(20) + "已发布。",
        "流水号" + v.digits(20) + "，请保存。",
        "2024-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(9) + " 10:22:31 INFO 处理了" + rnd.nextInt(5000) + "条记录");
    return v.pick(zh ? zhs : en);
  }

  /** {@code perTypeAndLanguage} positives of every type in each language, plus negatives. */
  public List<Sample> generate(int perTypeAndLanguage) {
    List<Sample> out = new ArrayList<>();
    for (String lang : List.of("en", "zh")) {
      boolean zh = lang.equals("zh");
      Map<String, List<String>> t = templates(zh);
      for (String type : TYPES) {
        for (int k = 0; k < perTypeAndLanguage; k++) {
          out.add(sample(lang + "-" + type + "-" + k, zh, type, t));
        }
      }
      for (int k = 0; k < perTypeAndLanguage * 4; k++) {
        out.add(sample(lang + "-neg-" + k, zh, null, t));
      }
    }
    return out;
  }

  /**
   * Chinese needs no space between sentences, but two Latin-script tokens never touch in real text
   * either: they get a space, a comma or a line break.
   */
  private String separator(boolean zh, char before, char after) {
    if (!zh) {
      return rnd.nextInt(4) == 0 ? "\n" : " ";
    }
    boolean latinBoth = before < 0x3000 && after < 0x3000;
    if (!latinBoth) {
      return rnd.nextInt(3) == 0 ? "\n" : "";
    }
    return v.pick(List.of(" ", "，", "\n", "。"));
  }

  /** A 15-digit legacy ID is only ever labelled as an ID, so only labelled templates get one. */
  private static boolean legacyIdFits(String[] part) {
    return "CN_RESIDENT_ID".equals(part[1]) && (part[0].contains("身份") || part[0].contains("证件号")
        || part[0].contains("ID") || part[0].contains("id_card"));
  }

  private Sample sample(String id, boolean zh, String type, Map<String, List<String>> templates) {
    List<String[]> parts = new ArrayList<>(); // {text, type or null}
    parts.add(new String[] {v.pick(zh ? FILLER_ZH : FILLER_EN), null});
    if (type != null) {
      parts.add(new String[] {v.pick(templates.get(type)), type});
    }
    int negatives = type == null ? 1 + rnd.nextInt(2) : rnd.nextInt(2);
    for (int i = 0; i < negatives; i++) {
      parts.add(new String[] {negative(zh), null});
    }
    if (rnd.nextBoolean()) {
      parts.add(new String[] {v.pick(zh ? FILLER_ZH : FILLER_EN), null});
    }
    Collections.shuffle(parts, rnd);
    StringBuilder text = new StringBuilder();
    List<Span> gold = new ArrayList<>();
    for (String[] p : parts) {
      if (!text.isEmpty()) {
        text.append(separator(zh, text.charAt(text.length() - 1), p[0].charAt(0)));
      }
      if (p[1] == null) {
        text.append(p[0]);
        continue;
      }
      String value = legacyIdFits(p) && rnd.nextInt(5) == 0 ? v.cnLegacyResidentId()
          : value(p[1], zh).get();
      int hole = p[0].indexOf("{}");
      text.append(p[0], 0, hole);
      gold.add(new Span(p[1], text.length(), text.length() + value.length()));
      text.append(value).append(p[0], hole + 2, p[0].length());
    }
    return new Sample(id, zh ? "zh" : "en", text.toString(), gold);
  }
}
