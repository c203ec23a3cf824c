package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import java.util.List;

/**
 * URL: "http://", "https://", "ftp://" or "www." followed by URL characters (RFC 3986), at most 2048,
 * with trailing sentence punctuation and unbalanced closing brackets trimmed off.
 */
public final class UrlRecognizer implements Recognizer {

  static final int MAX = 2048;
  private static final String[] SCHEMES = {"https://", "http://", "ftp://", "www."};

  @Override
  public String entityType() {
    return "URL";
  }

  static boolean isUrlChar(char c) {
    if (ScanText.isAsciiAlnum(c)) {
      return true;
    }
    return "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
  }

  @Override
  public void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    String lower = text.lower();
    String s = text.text();
    Runs runs = text.runs();
    int lastEnd = 0;
    // A URL not glued to a word starts an alphanumeric run: "https", "http" or "ftp" before "://",
    // or "www" before ".", in any case.
    for (int r = 0; r < runs.count(); r++) {
      int i = runs.start(r);
      if (i < lastEnd || !isScheme(lower, i, runs.end(r) - i)
          || (i > 0 && ScanText.isWordChar(s.charAt(i - 1)))) {
        continue;
      }
      int p = i;
      int limit = Math.min(s.length(), i + MAX);
      while (p < limit && isUrlChar(s.charAt(p))) {
        p++;
      }
      int end = trim(s, i, p);
      int hostStart = lower.startsWith("www.", i) ? i : lower.indexOf("//", i) + 2;
      if (end - hostStart >= 4 && hasHost(s, hostStart, end)) {
        Scoring.emit(text, this, i, end, 0.85, true, "URL with a host", null, out);
        lastEnd = end;
      }
    }
  }

  /** Length of each scheme's alphanumeric run ("https" 5, "www" 3), computed once. */
  private static final int[] RUN_LENGTHS = java.util.Arrays.stream(SCHEMES)
      .mapToInt(scheme -> scheme.length() - (scheme.endsWith("://") ? 3 : 1)).toArray();

  /**
   * Whether a run of {@code length} chars at {@code i} is a scheme (or "www") with its ":" or ".".
   * Asked for every alphanumeric run of the text, so the run length is compared first.
   */
  private static boolean isScheme(String lower, int i, int length) {
    for (int k = 0; k < SCHEMES.length; k++) {
      if (RUN_LENGTHS[k] == length && lower.startsWith(SCHEMES[k], i)) {
        return true;
      }
    }
    return false;
  }

  /** Drops trailing punctuation and closing brackets that have no opening partner inside. */
  static int trim(String s, int start, int end) {
    while (end > start) {
      char c = s.charAt(end - 1);
      if (".,;:!?'*".indexOf(c) >= 0) {
        end--;
      } else if (c == ')' || c == ']') {
        char open = c == ')' ? '(' : '[';
        int balance = 0;
        for (int k = start; k < end; k++) {
          char d = s.charAt(k);
          balance += d == open ? 1 : d == c ? -1 : 0;
        }
        if (balance < 0) {
          end--;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return end;
  }

  /** A host is a dotted name, "localhost" or an IP literal, before any '/', '?', '#'. */
  private static boolean hasHost(String s, int from, int end) {
    int p = from;
    int at = -1;
    while (p < end && "/?#".indexOf(s.charAt(p)) < 0) {
      if (s.charAt(p) == '@') {
        at = p;
      }
      p++;
    }
    int hs = at >= 0 ? at + 1 : from;
    String host = s.substring(hs, p);
    return host.indexOf('.') > 0 && host.charAt(host.length() - 1) != '.'
        || host.startsWith("localhost") || host.startsWith("[");
  }
}
