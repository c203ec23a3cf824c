package io.portcullis.classifiers.eval;

import io.portcullis.classifiers.validate.Base58Check;
import io.portcullis.classifiers.validate.Bech32;
import io.portcullis.classifiers.validate.CnAdministrativeDivisions;
import io.portcullis.classifiers.validate.CnResidentId;
import io.portcullis.classifiers.validate.CnUscc;
import io.portcullis.classifiers.validate.Eip55;
import io.portcullis.classifiers.validate.HkId;
import io.portcullis.classifiers.validate.Iban;
import io.portcullis.classifiers.validate.Luhn;
import io.portcullis.classifiers.validate.NhsNumber;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Valid values made by running the validators backwards (check digits computed, not looked up),
 * in the shapes people write them. Also the invalid twins used as hard negatives.
 */
final class Values {

  private final Random rnd;

  Values(Random rnd) {
    this.rnd = rnd;
  }

  String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }

  String chars(String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  <T> T pick(List<T> xs) {
    return xs.get(rnd.nextInt(xs.size()));
  }

  static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  static final String UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  // ---- payment cards -------------------------------------------------------------------------

  String cardNumber() {
    String[] prefixes = {"4", "4", "51", "53", "55", "2221", "2720", "2305", "34", "37", "62", "6228",
        "3528", "3589", "6011", "65", "644"};
    String p = prefixes[rnd.nextInt(prefixes.length)];
    int len = p.equals("34") || p.equals("37") ? 15 : p.startsWith("62") && rnd.nextBoolean() ? 19 : 16;
    String payload = p + digits(len - 1 - p.length());
    return payload + Luhn.checkDigit(payload);
  }

  String formatCard(String n) {
    int style = rnd.nextInt(3);
    if (style == 0 || n.length() != 16) {
      return n;
    }
    String sep = style == 1 ? " " : "-";
    return n.substring(0, 4) + sep + n.substring(4, 8) + sep + n.substring(8, 12) + sep + n.substring(12);
  }

  // ---- IBAN ------------------------------------------------------------------------------------

  String iban() {
    String cc = pick(List.of("DE", "GB", "FR", "NL", "ES", "IT", "CH", "BE", "AT", "PL", "SE", "IE",
        "PT", "NO", "DK", "FI", "LU", "CZ"));
    int bbanLen = Iban.length(cc) - 4;
    String bban = switch (cc) {
      case "GB", "IE" -> chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + digits(bbanLen - 4);
      case "NL" -> chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + digits(bbanLen - 4);
      case "IT" -> chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + digits(bbanLen - 1);
      default -> digits(bbanLen);
    };
    String iban = cc + Iban.checkDigits(cc, bban) + bban;
    if (rnd.nextBoolean()) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < iban.length(); i += 4) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(iban, i, Math.min(iban.length(), i + 4));
      }
      return sb.toString();
    }
    return iban;
  }

  // ---- Chinese identifiers ---------------------------------------------------------------------

  String division() {
    int[] provinces = CnAdministrativeDivisions.provinces();
    int p = provinces[rnd.nextInt(provinces.length - 3)]; // mainland
    return String.format("%02d%02d%02d", p, 1 + rnd.nextInt(20), 1 + rnd.nextInt(30));
  }

  String cnResidentId() {
    int year = 1940 + rnd.nextInt(66);
    int month = 1 + rnd.nextInt(12);
    int day = 1 + rnd.nextInt(28);
    String body = division() + String.format("%04d%02d%02d", year, month, day) + digits(3);
    return body + CnResidentId.checkChar(body);
  }

  /**
   * An 18-character ID as people write it: mostly compact, sometimes grouped 6-8-4 with spaces or
   * dashes, sometimes in full-width digits (Chinese input methods).
   */
  String cnResidentIdAnyForm() {
    String id = cnResidentId();
    return switch (rnd.nextInt(8)) {
      case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
      case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
      case 2 -> fullWidth(id);
      default -> id;
    };
  }

  /** A 15-digit ID of the pre-1999 format: division, YYMMDD in the 1900s, sequence, no check. */
  String cnLegacyResidentId() {
    return division() + String.format("%02d%02d%02d", 40 + rnd.nextInt(60), 1 + rnd.nextInt(12),
        1 + rnd.nextInt(28)) + digits(3);
  }

  static String fullWidth(String ascii) {
    StringBuilder sb = new StringBuilder(ascii.length());
    for (char c : ascii.toCharArray()) {
      sb.append(Character.isLetterOrDigit(c) && c < 0x80 ? (char) (c + 0xFEE0) : c);
    }
    return sb.toString();
  }

  String cnUscc() {
    String head = pick(List.of("91", "92", "93", "11", "12", "51", "52", "Y1"));
    String org = chars(CnUscc.ALPHABET.substring(0, 10) + "ABCDEFGHJKLMNPQRTUWXY", 8)
        + chars("0123456789X".substring(0, 10), 1);
    String body = head + division() + org;
    return body + CnUscc.checkChar(body);
  }

  String hkId() {
    String prefix = rnd.nextInt(4) == 0 ? chars("ABCDEFGHJKMNPRZ", 2) : chars("ACDEGHKMPRVWXYZ", 1);
    String body = prefix + digits(6);
    char check = HkId.checkChar(body);
    return rnd.nextInt(3) == 0 ? body + check : body + "(" + check + ")";
  }

  String cnPassport() {
    return rnd.nextBoolean() ? "E" + digits(8)
        : "E" + chars("ABCDFHJKLMNPQRSTUVWXYZ", 1) + digits(7);
  }

  // ---- US / UK ---------------------------------------------------------------------------------

  String usSsn() {
    int area = 1 + rnd.nextInt(899);
    if (area == 666) {
      area = 667;
    }
    int group = 1 + rnd.nextInt(99);
    int serial = 1 + rnd.nextInt(9999);
    String sep = rnd.nextInt(4) == 0 ? " " : "-";
    return String.format("%03d%s%02d%s%04d", area, sep, group, sep, serial);
  }

  String usPassport() {
    return rnd.nextBoolean() ? (char) ('1' + rnd.nextInt(9)) + digits(8)
        : chars("ACFHJKLMNPRSTUVWXZ", 1) + digits(8);
  }

  String nhs() {
    while (true) {
      String body = (char) ('1' + rnd.nextInt(9)) + digits(8);
      int c = NhsNumber.checkDigit(body);
      if (c >= 0) {
        String n = body + c;
        return rnd.nextBoolean() ? n : n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
      }
    }
  }

  // ---- contact and network ---------------------------------------------------------------------

  static final List<String> GIVEN = List.of("john", "mary", "wei", "li.na", "zhang.san", "alice",
      "bob.smith", "chen_jie", "o.reilly", "j.doe", "wang.fang", "emily", "m.garcia", "liu-yang");
  static final List<String> DOMAINS = List.of("example.com", "163.com", "qq.com", "gmail.com",
      "mail.example.org", "corp.example.co.uk", "sina.com.cn", "outlook.com", "acme-corp.io",
      "tsinghua.edu.cn", "foxmail.com");

  String email() {
    String local = pick(GIVEN) + (rnd.nextBoolean() ? String.valueOf(rnd.nextInt(2000)) : "");
    if (rnd.nextInt(6) == 0) {
      local += "+news";
    }
    return local + "@" + pick(DOMAINS);
  }

  String phone(boolean chinese) {
    if (chinese) {
      // Allocated mainland mobile prefixes (MIIT numbering plan).
      String mobile = pick(List.of("130", "131", "132", "133", "135", "136", "137", "138", "139",
          "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175",
          "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191",
          "198", "199")) + digits(8);
      return switch (rnd.nextInt(6)) {
        case 0 -> mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
        case 1 -> "+86 " + mobile;
        case 2 -> "+86-" + mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-" + mobile.substring(7);
        case 3 -> pick(List.of("010-", "021-", "020-", "0755-")) + (char) ('2' + rnd.nextInt(7)) + digits(7);
        default -> mobile;
      };
    }
    String area = pick(List.of("201", "202", "212", "213", "305", "312", "404", "415", "512", "617",
        "646", "702", "718", "206", "303"));
    String exchange = (char) ('2' + rnd.nextInt(8)) + digits(2);
    if (exchange.equals("555") || exchange.endsWith("11")) {
      exchange = "734";
    }
    String line = digits(4);
    return switch (rnd.nextInt(6)) {
      case 0 -> "(" + area + ") " + exchange + "-" + line;
      case 1 -> area + "-" + exchange + "-" + line;
      case 2 -> "+1 " + area + " " + exchange + " " + line;
      case 3 -> "+44 20 7" + digits(3) + " " + digits(4);
      case 4 -> "+44 " + pick(List.of("7400", "7800", "7500")) + " " + digits(6);
      default -> area + "." + exchange + "." + line;
    };
  }

  String ipv4() {
    int a = pick(List.of(10, 172, 192, 8, 45, 61, 101, 114, 203, 223));
    return a + "." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + (1 + rnd.nextInt(254));
  }

  String ipv6() {
    StringBuilder sb = new StringBuilder(pick(List.of("2001:db8", "fe80", "2408:8207", "2a00:1450")));
    int groups = sb.toString().contains(":") ? 2 : 1;
    boolean compress = rnd.nextBoolean();
    if (compress) {
      sb.append("::");
      for (int i = 0; i < 2; i++) {
        sb.append(i > 0 ? ":" : "").append(Integer.toHexString(1 + rnd.nextInt(0xffff)));
      }
    } else {
      for (int i = groups; i < 8; i++) {
        sb.append(':').append(Integer.toHexString(rnd.nextInt(0x10000)));
      }
    }
    return sb.toString();
  }

  String mac() {
    String sep = pick(List.of(":", "-", ":"));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(chars("0123456789ABCDEF", 2));
    }
    String m = sb.toString();
    return rnd.nextBoolean() ? m.toLowerCase(java.util.Locale.ROOT) : m;
  }

  String url() {
    String host = pick(List.of("www.example.com", "docs.example.org", "api.acme-corp.io",
        "www.gov.cn", "news.sina.com.cn", "github.com"));
    String path = pick(List.of("", "/", "/index.html", "/a/b/c", "/search?q=" + digits(4) + "&lang=en",
        "/users/" + digits(5) + "/profile", "/docs#section-" + rnd.nextInt(9)));
    return pick(List.of("https://", "http://", "https://")) + host + path;
  }

  // ---- dates of birth --------------------------------------------------------------------------

  static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  String dateOfBirth(boolean chinese) {
    int y = 1945 + rnd.nextInt(60);
    int m = 1 + rnd.nextInt(12);
    int d = 1 + rnd.nextInt(28);
    if (chinese) {
      return switch (rnd.nextInt(3)) {
        case 0 -> y + "年" + m + "月" + d + "日";
        case 1 -> String.format("%d-%02d-%02d", y, m, d);
        default -> y + "/" + m + "/" + d;
      };
    }
    return switch (rnd.nextInt(5)) {
      case 0 -> String.format("%d-%02d-%02d", y, m, d);
      case 1 -> String.format("%02d/%02d/%d", m, d, y);
      case 2 -> d + " " + MONTHS[m - 1] + " " + y;
      case 3 -> MONTHS[m - 1] + " " + d + ", " + y;
      default -> MONTHS[m - 1].substring(0, 3) + " " + d + " " + y;
    };
  }

  // ---- crypto ------------------------------------------------------------------------------------

  byte[] bytes(int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }

  String crypto() {
    switch (rnd.nextInt(4)) {
      case 0, 1: {
        byte[] payload = new byte[21];
        payload[0] = (byte) (rnd.nextBoolean() ? 0x00 : 0x05);
        System.arraycopy(bytes(20), 0, payload, 1, 20);
        return Base58Check.encode(Base58Check.withChecksum(payload));
      }
      case 2: {
        byte[] program = bytes(20);
        int[] data = new int[1 + 32];
        data[0] = 0;
        int acc = 0;
        int bits = 0;
        int k = 1;
        for (byte b : program) {
          acc = (acc << 8) | (b & 0xff);
          bits += 8;
          while (bits >= 5) {
            bits -= 5;
            data[k++] = (acc >> bits) & 31;
          }
        }
        return Bech32.encode("bc", java.util.Arrays.copyOf(data, k), false);
      }
      default: {
        String hex = java.util.HexFormat.of().formatHex(bytes(20));
        return "0x" + (rnd.nextInt(4) == 0 ? hex : Eip55.checksum(hex));
      }
    }
  }

  // ---- credentials -------------------------------------------------------------------------------

  String apiKey() {
    return switch (rnd.nextInt(11)) {
      case 0 -> "AKIA" + chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
      case 1 -> "AIza" + chars(ALNUM + "_-", 35);
      case 2 -> "ghp_" + chars(ALNUM, 36);
      case 3 -> "sk-proj-" + chars(ALNUM + "_-", 48);
      case 4 -> "sk-ant-api03-" + chars(ALNUM + "_-", 80) + "AA";
      case 5 -> "xoxb-" + digits(12) + "-" + digits(13) + "-" + chars(ALNUM, 24);
      case 6 -> "sk_live_" + chars(ALNUM, 24);
      case 7 -> jwt();
      case 8 -> "github_pat_" + chars(ALNUM, 22) + "_" + chars(ALNUM, 59);
      case 9 -> "sk-" + chars(ALNUM, 48);
      default -> "glpat-" + chars(ALNUM, 20);
    };
  }

  String jwt() {
    Base64.Encoder e = Base64.getUrlEncoder().withoutPadding();
    String header = e.encodeToString(pick(List.of("{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
        "{\"alg\":\"RS256\",\"kid\":\"" + digits(6) + "\"}")).getBytes(StandardCharsets.UTF_8));
    String payload = e.encodeToString(("{\"sub\":\"" + digits(10) + "\",\"iat\":" + (1_600_000_000
        + rnd.nextInt(100_000_000)) + "}").getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + "." + e.encodeToString(bytes(32));
  }

  String pemKey() {
    String label = pick(List.of("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"));
    StringBuilder sb = new StringBuilder("-----BEGIN " + label + "-----\n");
    for (int i = 0; i < 4; i++) {
      sb.append(Base64.getEncoder().encodeToString(bytes(48))).append('\n');
    }
    return sb.append("-----END ").append(label).append("-----").toString();
  }

  String password() {
    return chars("abcdefghijkmnpqrstuvwxyz", 3) + chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 2)
        + digits(3) + pick(List.of("!", "#", "@", "", "$"));
  }

  String secretValue() {
    return chars(ALNUM, 20 + rnd.nextInt(20));
  }
}
