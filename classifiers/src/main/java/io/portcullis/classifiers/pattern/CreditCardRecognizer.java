package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.validate.CardIssuers;
import java.util.List;

/** CREDIT_CARD: 12-19 digits, plain or grouped, passing Luhn inside a known IIN range. */
public final class CreditCardRecognizer extends DigitRunRecognizer {

  static final ContextWords CONTEXT = ContextWords.of("card", "credit", "debit", "visa",
      "mastercard", "amex", "american express", "unionpay", "jcb", "discover", "cc", "pan",
      "payment", "卡号", "银行卡", "信用卡", "借记卡", "储蓄卡", "银联", "刷卡", "支付", "付款");

  @Override
  public String entityType() {
    return "CREDIT_CARD";
  }

  @Override
  void onRun(ScanText text, DigitGroups g, List<Candidate> out) {
    String s = text.text();
    int from = 0;
    while (from < g.count) {
      int taken = -1;
      // Longest acceptable group range starting at `from` wins; a year or amount after it stays out.
      for (int to = g.count - 1; to >= from && taken < 0; to--) {
        int digits = g.digits(from, to);
        if (digits < 12 || digits > 19 || !g.uniformSeparators(from, to)
            || !endsCleanly(text, g, to)) {
          continue;
        }
        String number = g.compact(s, from, to);
        String scheme = CardIssuers.scheme(number);
        if (scheme != null && io.portcullis.classifiers.validate.Luhn.isValid(number)
            && !labelledAsIdentity(text, g.starts[from], g.ends[to])) {
          Scoring.emit(text, this, g.starts[from], g.ends[to], 0.8, true,
              "Luhn valid, " + scheme + " IIN range", CONTEXT, out);
          taken = to;
        }
      }
      from = taken >= 0 ? taken + 1 : from + 1;
    }
  }

  /**
   * A number labelled as an identity document ("身份证号…", "ID …") and not as a card is an ID that
   * failed its own check, not a card that happens to pass Luhn.
   */
  static boolean labelledAsIdentity(ScanText text, int start, int end) {
    return CONTEXT.near(text, start, end) == null
        && CnResidentIdRecognizer.CONTEXT.near(text, start, end) != null;
  }
}
