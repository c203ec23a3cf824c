package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import java.util.List;

/**
 * EMAIL_ADDRESS: found from each '@' by expanding over local-part and domain characters within RFC
 * 5321 limits (64 and 253), so the cost is bounded per '@' and no regular expression is involved.
 */
public final class EmailRecognizer implements Recognizer {

  static final ContextWords CONTEXT = ContextWords.of("email", "e-mail", "mail", "contact",
      "邮箱", "邮件", "电邮", "联系");

  @Override
  public String entityType() {
    return "EMAIL_ADDRESS";
  }

  static boolean isLocalChar(char c) {
    return ScanText.isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
        || c == '\'';
  }

  static boolean isDomainChar(char c) {
    return ScanText.isAsciiAlnum(c) || c == '-' || c == '.';
  }

  @Override
  public void recognize(ScanText text, ClassificationContext context, List<Candidate> out) {
    String s = text.text();
    Runs.Positions ats = text.runs().ats();
    int lastEnd = 0;
    for (int k = 0; k < ats.size(); k++) {
      int at = ats.get(k);
      int start = at;
      while (start > Math.max(lastEnd, at - 64) && isLocalChar(s.charAt(start - 1))) {
        start--;
      }
      while (start < at && (s.charAt(start) == '.' || s.charAt(start) == '\'')) {
        start++; // a local part never starts with a dot or a quote
      }
      int end = domainEnd(s, at + 1);
      if (start < at && end > 0 && s.charAt(at - 1) != '.' && (start == 0
          || !ScanText.isAsciiAlnum(s.charAt(start - 1)) || start == at - 64)) {
        Scoring.emit(text, this, start, end, 0.9, true, "address with valid domain syntax",
            CONTEXT, out);
        lastEnd = end;
      }
    }
  }

  /**
   * End of a syntactically valid domain starting at {@code from}: dot-separated labels of 1-63 chars
   * not starting or ending with '-', a final alphabetic TLD of 2-24 chars; -1 when none.
   */
  static int domainEnd(String s, int from) {
    int n = Math.min(s.length(), from + 253);
    int p = from;
    int labels = 0;
    int lastLabelStart = -1;
    int lastLabelEnd = -1;
    while (p < n) {
      int ls = p;
      while (p < n && (ScanText.isAsciiAlnum(s.charAt(p)) || s.charAt(p) == '-')) {
        p++;
      }
      int len = p - ls;
      if (len == 0 || len > 63 || s.charAt(ls) == '-' || s.charAt(p - 1) == '-') {
        break;
      }
      labels++;
      lastLabelStart = ls;
      lastLabelEnd = p;
      if (p + 1 < n && s.charAt(p) == '.' && (ScanText.isAsciiAlnum(s.charAt(p + 1)))) {
        p++;
      } else {
        break;
      }
    }
    if (labels < 2) {
      return -1;
    }
    int tldLen = lastLabelEnd - lastLabelStart;
    if (tldLen < 2 || tldLen > 24) {
      return -1;
    }
    for (int i = lastLabelStart; i < lastLabelEnd; i++) {
      if (!ScanText.isAsciiLetter(s.charAt(i))) {
        return -1;
      }
    }
    // "user@example.com_backup" or "@host.name123": glued word characters mean it is not an address.
    if (lastLabelEnd < s.length() && (s.charAt(lastLabelEnd) == '_'
        || s.charAt(lastLabelEnd) == '@')) {
      return -1;
    }
    return lastLabelEnd;
  }
}
