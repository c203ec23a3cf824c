package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * API_KEY (secrets in assignments): {@code password=…}, {@code "api_key": "…"}, {@code 密码：…}.
 * Found from each assignment operator by looking back at the name; the value must not be a
 * placeholder or a reference, and token-like names need a high-entropy value.
 */
public final class SecretAssignmentRecognizer implements Recognizer {

  static final int MAX_NAME = 48;
  static final int MAX_VALUE = 256;

  /** Normalized names (lower case, no separators) that end a password-like variable name. */
  private static final String[] PASSWORD_NAMES = {"password", "passwd", "pwd", "passphrase",
      "passcode", "pass"};
  /** ... and those that end a token-like name. */
  private static final String[] TOKEN_NAMES = {"secret", "token", "apikey", "accesskey",
      "secretkey", "privatekey", "authkey", "signingkey", "encryptionkey", "masterkey",
      "credentials", "credential", "clientsecret", "bearer", "sessionkey", "apisecret"};
  private static final String[] CHINESE_PASSWORD = {"密码", "口令", "密碼"};
  private static final String[] CHINESE_TOKEN = {"密钥", "令牌", "秘钥", "私钥"};

  private static final Set<String> PLACEHOLDERS = Set.of("password", "changeme", "secret", "null",
      "none", "nil", "true", "false", "undefined", "redacted", "example", "placeholder", "required",
      "optional", "string", "your_password", "yourpassword", "mypassword", "<password>", "token",
      "xxxxxx", "******", "hidden", "empty", "default", "masked");

  @Override
  public String entityType() {
    return "API_KEY";
  }

  @Override
  public String name() {
    return "pattern/secret-assignment";
  }

  @Override
  public void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    String s = text.text();
    int n = s.length();
    // One indexOf cursor per operator (vectorised search) instead of testing every char.
    int[] next = new int[OPERATORS.length];
    java.util.Arrays.fill(next, -2);
    for (int i = nextOperator(s, 1, next); i >= 0; i = nextOperator(s, i + 1, next)) {
      char c = s.charAt(i);
      if (c == '=' && ((i + 1 < n && (s.charAt(i + 1) == '=' || s.charAt(i + 1) == '>'))
          || "!<>=".indexOf(s.charAt(i - 1)) >= 0)) {
        continue; // comparisons and arrows, not assignments
      }
      int kind = nameKind(text, i, c == '是' || c == '为');
      if (kind == 0) {
        continue;
      }
      int vs = i + 1;
      if (vs < n && s.charAt(vs) == '=' && c == ':') {
        vs++; // ":=" in Go
      }
      int end = valueEnd(s, vs);
      int start = valueStart(s, vs);
      if (end > start && accept(s, start, end, kind)) {
        Scoring.emit(text, this, start, end, 0.85, false,
            kind == 1 ? "password assigned to a password-like name"
                : "high-entropy value assigned to a secret-like name", null, out);
        i = end;
      }
    }
  }

  private static final char[] OPERATORS = {'=', ':', '：', '是', '为'};

  /** Position of the first operator at or after {@code from}, or -1; {@code next} caches hits. */
  private static int nextOperator(String s, int from, int[] next) {
    int best = -1;
    for (int k = 0; k < OPERATORS.length; k++) {
      if (next[k] != -1 && next[k] < from) {
        next[k] = s.indexOf(OPERATORS[k], from);
      }
      if (next[k] >= 0 && (best < 0 || next[k] < best)) {
        best = next[k];
      }
    }
    return best;
  }

  /** 1 = password-like name before the operator at {@code op}, 2 = token-like, 0 = neither. */
  private static int nameKind(ScanText text, int op, boolean chineseCopulaOnly) {
    String lower = text.lower();
    int p = op;
    int skipped = 0;
    while (p > 0 && skipped < 3 && " \"'`]".indexOf(lower.charAt(p - 1)) >= 0) {
      p--;
      skipped++;
    }
    for (String w : CHINESE_PASSWORD) {
      if (lower.startsWith(w, p - w.length())) {
        return 1;
      }
    }
    for (String w : CHINESE_TOKEN) {
      if (lower.startsWith(w, p - w.length())) {
        return 2;
      }
    }
    if (chineseCopulaOnly) {
      return 0;
    }
    for (String w : PASSWORD_NAMES) {
      if (nameEndsWith(lower, p, w)) {
        return 1;
      }
    }
    for (String w : TOKEN_NAMES) {
      if (nameEndsWith(lower, p, w)) {
        return 2;
      }
    }
    return 0;
  }

  /**
   * Whether the variable name ending at {@code nameEnd} ends with {@code word} once separators
   * ('_', '-', '.') are dropped ("API_KEY", "api-key", "db.password"), looking back at most
   * {@link #MAX_NAME} chars. Compared in place: an operator is checked against every name, and
   * most operators in prose (':', '是') have no such name before them.
   */
  private static boolean nameEndsWith(String lower, int nameEnd, String word) {
    int p = nameEnd;
    int k = word.length();
    while (k > 0) {
      if (p == 0 || nameEnd - p >= MAX_NAME) {
        return false;
      }
      char c = lower.charAt(p - 1);
      if (ScanText.isAsciiAlnum(c)) {
        if (c != word.charAt(k - 1)) {
          return false;
        }
        k--;
      } else if (c != '_' && c != '-' && c != '.') {
        return false;
      }
      p--;
    }
    return true;
  }

  private static int valueStart(String s, int vs) {
    int p = vs;
    int n = s.length();
    while (p < n && p - vs < 3 && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
      p++;
    }
    if (p < n && "\"'`".indexOf(s.charAt(p)) >= 0) {
      p++;
    }
    return p;
  }

  private static int valueEnd(String s, int vs) {
    int p = valueStart(s, vs);
    boolean quoted = p > vs && "\"'`".indexOf(s.charAt(p - 1)) >= 0;
    char quote = quoted ? s.charAt(p - 1) : 0;
    int limit = Math.min(s.length(), p + MAX_VALUE);
    while (p < limit) {
      char c = s.charAt(p);
      if (quoted ? c == quote || c == '\n' : isTerminator(c)) {
        break;
      }
      p++;
    }
    return p;
  }

  private static boolean isTerminator(char c) {
    return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '`' || c == ',' || c == ';'
        || c == '&' || c == '<' || c == ')' || c == '}' || c == ']' || c >= 0x3000;
  }

  private static boolean accept(String s, int start, int end, int kind) {
    int len = end - start;
    if (len < 6) {
      return false;
    }
    String v = s.substring(start, end);
    String lv = v.toLowerCase(Locale.ROOT);
    if (PLACEHOLDERS.contains(lv) || lv.startsWith("${") || lv.startsWith("{{")
        || lv.startsWith("<") || lv.startsWith("%") || lv.startsWith("$") || lv.contains("(")
        || lv.contains("****") || lv.contains("xxxx") || lv.contains("...")
        || lv.startsWith("os.") || lv.startsWith("process.") || lv.startsWith("env.")
        || lv.startsWith("config.") || lv.startsWith("settings.") || lv.startsWith("self.")
        || lv.startsWith("this.") || lv.startsWith("your") || lv.startsWith("http")) {
      return false;
    }
    boolean same = v.chars().allMatch(ch -> ch == v.charAt(0));
    if (same) {
      return false;
    }
    boolean digit = v.chars().anyMatch(ch -> ch >= '0' && ch <= '9');
    boolean letter = v.chars().anyMatch(ch -> Character.isLetter(ch));
    boolean symbol = v.chars().anyMatch(ch -> !Character.isLetterOrDigit(ch));
    boolean mixedCase = !lv.equals(v) && !v.toUpperCase(Locale.ROOT).equals(v);
    if (kind == 1) {
      // Plain words ("required", "optional") are prose, not passwords.
      return digit || symbol || mixedCase;
    }
    return len >= 12 && (digit && letter || len >= 20)
        && Entropy.bitsPerChar(s, start, end) >= 3.0;
  }
}
