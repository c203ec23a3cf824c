package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import java.util.List;

/**
 * API_KEY by vendor format: a fixed prefix, then a body of a known alphabet and length. Each prefix
 * is located with {@link String#indexOf}, so the scan is linear and free of regular expressions.
 */
public final class ApiKeyRecognizer implements Recognizer {

  /** Body alphabets. */
  enum Alphabet {
    UPPER_ALNUM, ALNUM, ALNUM_UNDERSCORE, URLSAFE, ALNUM_DASH, LETTERS;

    boolean accepts(char c) {
      return switch (this) {
        case UPPER_ALNUM -> ScanText.isAsciiDigit(c) || (c >= 'A' && c <= 'Z');
        case ALNUM -> ScanText.isAsciiAlnum(c);
        case ALNUM_UNDERSCORE -> ScanText.isAsciiAlnum(c) || c == '_';
        case URLSAFE -> ScanText.isAsciiAlnum(c) || c == '_' || c == '-';
        case ALNUM_DASH -> ScanText.isAsciiAlnum(c) || c == '-';
        case LETTERS -> ScanText.isAsciiLetter(c);
      };
    }
  }

  /** One vendor format. */
  record KeyFormat(String prefix, String vendor, Alphabet alphabet, int minBody, int maxBody) {
  }

  static final List<KeyFormat> FORMATS = List.of(
      new KeyFormat("AKIA", "AWS access key id", Alphabet.UPPER_ALNUM, 16, 16),
      new KeyFormat("ASIA", "AWS temporary access key id", Alphabet.UPPER_ALNUM, 16, 16),
      new KeyFormat("AIza", "Google API key", Alphabet.URLSAFE, 35, 35),
      new KeyFormat("ya29.", "Google OAuth access token", Alphabet.URLSAFE, 20, 2048),
      new KeyFormat("ghp_", "GitHub personal access token", Alphabet.ALNUM, 36, 251),
      new KeyFormat("gho_", "GitHub OAuth token", Alphabet.ALNUM, 36, 251),
      new KeyFormat("ghu_", "GitHub user-to-server token", Alphabet.ALNUM, 36, 251),
      new KeyFormat("ghs_", "GitHub server-to-server token", Alphabet.ALNUM, 36, 251),
      new KeyFormat("ghr_", "GitHub refresh token", Alphabet.ALNUM, 36, 251),
      new KeyFormat("github_pat_", "GitHub fine-grained token", Alphabet.ALNUM_UNDERSCORE, 22, 255),
      new KeyFormat("glpat-", "GitLab personal access token", Alphabet.URLSAFE, 20, 64),
      new KeyFormat("sk-ant-", "Anthropic API key", Alphabet.URLSAFE, 32, 255),
      new KeyFormat("sk-proj-", "OpenAI project key", Alphabet.URLSAFE, 20, 255),
      new KeyFormat("sk-svcacct-", "OpenAI service account key", Alphabet.URLSAFE, 20, 255),
      new KeyFormat("sk-admin-", "OpenAI admin key", Alphabet.URLSAFE, 20, 255),
      new KeyFormat("sk-", "OpenAI-style secret key", Alphabet.ALNUM, 32, 255),
      new KeyFormat("xoxb-", "Slack bot token", Alphabet.ALNUM_DASH, 10, 255),
      new KeyFormat("xoxp-", "Slack user token", Alphabet.ALNUM_DASH, 10, 255),
      new KeyFormat("xoxa-", "Slack app token", Alphabet.ALNUM_DASH, 10, 255),
      new KeyFormat("xoxr-", "Slack refresh token", Alphabet.ALNUM_DASH, 10, 255),
      new KeyFormat("xoxs-", "Slack session token", Alphabet.ALNUM_DASH, 10, 255),
      new KeyFormat("xoxe-", "Slack token", Alphabet.ALNUM_DASH, 10, 255),
      new KeyFormat("xapp-", "Slack app-level token", Alphabet.ALNUM_DASH, 10, 255),
      new KeyFormat("sk_live_", "Stripe secret key", Alphabet.ALNUM, 16, 255),
      new KeyFormat("rk_live_", "Stripe restricted key", Alphabet.ALNUM, 16, 255),
      new KeyFormat("sk_test_", "Stripe test secret key", Alphabet.ALNUM, 16, 255),
      new KeyFormat("rk_test_", "Stripe test restricted key", Alphabet.ALNUM, 16, 255),
      new KeyFormat("whsec_", "Stripe webhook secret", Alphabet.ALNUM, 24, 255),
      new KeyFormat("hf_", "Hugging Face token", Alphabet.LETTERS, 34, 34),
      new KeyFormat("npm_", "npm access token", Alphabet.ALNUM, 36, 36));

  @Override
  public String entityType() {
    return "API_KEY";
  }

  /** Formats by the first char of their prefix, so one pass over the text tries them all. */
  private static final KeyFormat[][] BY_FIRST_CHAR = new KeyFormat[128][];

  static {
    for (char c = 0; c < 128; c++) {
      final char first = c;
      KeyFormat[] fs = FORMATS.stream().filter(f -> f.prefix().charAt(0) == first)
          .toArray(KeyFormat[]::new);
      BY_FIRST_CHAR[c] = fs.length == 0 ? null : fs;
    }
  }

  @Override
  public void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    String s = text.text();
    int n = s.length();
    Runs runs = text.runs();
    // Every prefix starts with an ASCII letter not glued to a letter or digit: a run start.
    int next = 0;
    for (int r = 0; r < runs.count(); r++) {
      int at = runs.start(r);
      KeyFormat[] candidates = BY_FIRST_CHAR[s.charAt(at)];
      if (candidates == null || at < next) {
        continue;
      }
      for (KeyFormat f : candidates) { // longer prefixes first within a letter (list order)
        if (!s.startsWith(f.prefix(), at)) {
          continue;
        }
        int bodyStart = at + f.prefix().length();
        int p = bodyStart;
        int limit = Math.min(n, bodyStart + f.maxBody() + 1);
        while (p < limit && f.alphabet().accepts(s.charAt(p))) {
          p++;
        }
        int body = p - bodyStart;
        boolean rightOk = p >= n || !ScanText.isAsciiAlnum(s.charAt(p));
        if (rightOk && body >= f.minBody() && body <= f.maxBody()
            && looksRandom(s, bodyStart, p)) {
          Scoring.emit(text, this, at, p, 0.9, true, f.vendor() + " format", null, out);
          next = p;
          break;
        }
      }
    }
  }

  /** Real keys mix letters and digits; "sk-xxxxxxxx…" placeholders and words do not. */
  static boolean looksRandom(String s, int from, int to) {
    boolean digit = false;
    boolean letter = false;
    for (int i = from; i < to && !(digit && letter); i++) {
      char c = s.charAt(i);
      digit |= ScanText.isAsciiDigit(c);
      letter |= ScanText.isAsciiLetter(c);
    }
    return (digit && letter || to - from >= 30 && letter) && Entropy.bitsPerChar(s, from, to) >= 3.0;
  }
}
