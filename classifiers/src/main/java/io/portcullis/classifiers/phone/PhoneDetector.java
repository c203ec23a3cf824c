package io.portcullis.classifiers.phone;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Detector;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.Finding;
import io.portcullis.classifiers.pattern.ContextWords;
import io.portcullis.classifiers.pattern.Runs;
import io.portcullis.classifiers.pattern.ScanText;
import java.util.ArrayList;
import java.util.List;

/**
 * PHONE_NUMBER with libphonenumber's matcher at leniency VALID (real number plans, not shapes).
 * Numbers written without a country code are read in every plan {@link PhoneRegions} names (the
 * tenant's, the language's: Chinese text means CN, so "13812345678" is found without "+86"), and
 * in any text a Chinese mobile ("13812345678", "138 1234 5678") is tried as one, since people paste
 * them into English prompts too; libphonenumber must call it a CN mobile for it to count.
 */
public final class PhoneDetector implements Detector {

  static final String TYPE = "PHONE_NUMBER";
  /** Upper bound on matcher attempts per text, libphonenumber's guard against pathological input. */
  static final long MAX_TRIES = 10_000;

  static final ContextWords CONTEXT = ContextWords.of("phone", "tel", "mobile", "cell", "call",
      "contact", "fax", "whatsapp", "电话", "手机", "联系", "致电", "座机", "微信", "号码");

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final EntityCatalog catalog;

  public PhoneDetector(EntityCatalog catalog) {
    this.catalog = catalog;
    catalog.type(TYPE);
  }

  @Override
  public String name() {
    return "phone";
  }

  @Override
  public void detect(String text, ClassificationContext context, List<Finding> out) {
    if (!context.enabled(TYPE)) {
      return;
    }
    // The call's plans, then CN for mobiles only when the call does not read CN already.
    List<String> plans = new ArrayList<>(PhoneRegions.of(context));
    int mobilesOnly = plans.contains("CN") ? -1 : plans.size();
    if (mobilesOnly >= 0) {
      plans.add("CN");
    }
    ScanText scan = ScanText.of(text); // width-folded, same offsets: the pre-scan wants ASCII digits
    text = scan.text();
    // libphonenumber's matcher is regex-heavy (≈1 MB/s on digit-dense text), so it only sees the
    // short windows where a linear pre-scan found a plausible number: 7+ digits joined by phone
    // punctuation. Prose without such runs costs one pass and no matcher at all.
    int n = text.length();
    Runs runs = scan.runs();
    Runs.Positions leads = runs.plusesAndParens();
    int run = 0;
    int lead = 0;
    int i = 0;
    while (i < n) {
      // Jump to the next digit run, '+' or '(' (all from the shared run index), instead of
      // testing every char. Landing inside a digit run (after a cut window or a date) and jumping
      // past its rest is what the glue rule below would have done: the rest is a glued word.
      while (run < runs.digitRunCount() && runs.digitRunStart(run) < i) {
        run++;
      }
      while (lead < leads.size() && leads.get(lead) < i) {
        lead++;
      }
      int next = run < runs.digitRunCount() ? runs.digitRunStart(run) : Integer.MAX_VALUE;
      next = Math.min(next, lead < leads.size() ? leads.get(lead) : Integer.MAX_VALUE);
      if (next == Integer.MAX_VALUE) {
        break;
      }
      i = next;
      if (i > 0 && ScanText.isWordChar(text.charAt(i - 1))) {
        // Digits glued to a word ("SF1234…", hex, identifiers) never start a number.
        do {
          i++; // always advance: '+' or '(' after a word char is not a word char itself
        } while (i < n && ScanText.isWordChar(text.charAt(i)));
        continue;
      }
      int start = i;
      int digits = 0;
      int digitRun = 0;
      int maxDigitRun = 0;
      int groups = 0;
      int dateEnd = PhoneWindows.dateEnd(text, i);
      if (dateEnd > 0) {
        i = dateEnd; // "2024-03-07 10:22" is a timestamp, not "2024-03-07 10" the phone number
        continue;
      }
      while (i < n && isPhoneChar(text.charAt(i)) && i - start < MAX_WINDOW) {
        if (ScanText.isAsciiDigit(text.charAt(i))) {
          if (digitRun == 0) {
            if (i > start && PhoneWindows.dateEnd(text, i) > 0) {
              break; // a date starts a new token: the window ends before it
            }
            groups++;
          }
          digits++;
          maxDigitRun = Math.max(maxDigitRun, ++digitRun);
        } else {
          digitRun = 0;
        }
        i++;
      }
      if (i - start >= MAX_WINDOW) {
        // Cut long runs at their last space so a number is not split between windows.
        for (int cut = i - 1; cut > start + MAX_WINDOW / 2; cut--) {
          if (text.charAt(cut) == ' ') {
            i = cut + 1;
            break;
          }
        }
      }
      // Digits mostly come in groups of two or more ("0.0.0.0", "1 1 1 1" are not numbers).
      int tried = digits >= 7 && maxDigitRun <= MAX_DIGIT_RUN && digits >= 2 * groups
          ? plausiblePlans(text, scan, start, i, groups, plans, mobilesOnly) : 0;
      if (tried != 0
          && !PhoneWindows.isDateOrCardShaped(text, start, i)
          && !(CONTEXT.near(scan, start, i) == null
               && ContextWords.NEGATIVE.near(scan, start, i) != null)) {
        // (a number under a negative label without a phone word would be dropped anyway)
        match(text, scan, Math.max(0, start - 1), Math.min(n, i + 1), plans, tried, mobilesOnly,
            out);
      }
      if (i == start) {
        i++;
      }
    }
  }

  /** Two or three numbers in a row still fit; longer runs are tables and are cut at a space. */
  static final int MAX_WINDOW = 64;
  /**
   * Longest unbroken digit run inside a phone number: 13 covers "8613812345678"; longer runs are
   * ids, card numbers or order numbers and are not worth the matcher's time.
   */
  static final int MAX_DIGIT_RUN = 13;

  /**
   * Which of {@code plans} the window {@code text[start, end)} can hold a number in, one bit per
   * plan, so the matcher runs only where the cheap shape checks leave a chance.
   */
  private static int plausiblePlans(String text, ScanText scan, int start, int end, int groups,
                                    List<String> plans, int mobilesOnly) {
    int tried = 0;
    int regular = 0; // the call's own plans, all but the mobiles-only one
    for (int k = 0; k < plans.size(); k++) {
      if (k == mobilesOnly) {
        if ((groups == 1 || groups == 3) && PhoneWindows.chineseMobileShaped(text, start, end)) {
          tried |= 1 << k;
        }
        continue;
      }
      regular |= 1 << k;
      if (groups == 1 ? PhoneWindows.plausibleUnbroken(text, start, end, plans.get(k))
          : PhoneWindows.plausibleGrouped(text, start, end, plans.get(k))) {
        tried |= 1 << k;
      }
    }
    // A grouped window under a phone word is worth the matcher in every plan: POSSIBLE numbers
    // ("call me at 555-123-4567") need only the word.
    if (groups > 1 && (tried & regular) != regular && CONTEXT.near(scan, start, end) != null) {
      tried |= regular;
    }
    return tried;
  }

  private static boolean isPhoneChar(char c) {
    return ScanText.isAsciiDigit(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')'
        || c == '+' || c == '/' || c == '\u00a0' || c == '\u2010' || c == '\u2013';
  }

  /**
   * Runs the matcher on {@code text[from, to)} (one char of margin each side for its checks) in
   * each plan whose bit is set in {@code tried}, earlier plans first; a number an earlier plan
   * already found is not reported again. When nothing in the window is VALID but a phone word
   * labels it ("call me at 555-123-4567"), numbers that are merely POSSIBLE in the first plan tried
   * (right length, not in the numbering plan: fictional, unallocated) are reported unvalidated with
   * a lower score: a human reads them as phone numbers too.
   */
  private void match(String text, ScanText scan, int from, int to, List<String> plans, int tried,
                     int mobilesOnly, List<Finding> out) {
    String window = text.substring(from, to);
    int before = out.size();
    for (int k = 0; k < plans.size(); k++) {
      if ((tried & (1 << k)) == 0) {
        continue;
      }
      for (PhoneNumberMatch m : util.findNumbers(window, plans.get(k),
          PhoneNumberUtil.Leniency.VALID, MAX_TRIES)) {
        if (overlapsFound(out, before, from + m.start(), from + m.end())
            || k == mobilesOnly && util.getNumberType(m.number()) != PhoneNumberType.MOBILE) {
          continue;
        }
        // The country calling code, not getRegionCodeForNumber: that lookup re-validates the
        // number against every region sharing the code and was a fifth of this detector's time.
        add(scan, from + m.start(), from + m.end(), 0.85, true,
            "libphonenumber VALID (+" + m.number().getCountryCode() + ")"
                + (k == mobilesOnly ? ", a CN mobile" : ""), out);
      }
    }
    int first = Integer.numberOfTrailingZeros(tried);
    if (out.size() == before && first != mobilesOnly && CONTEXT.near(scan, from, to) != null) {
      for (PhoneNumberMatch m : util.findNumbers(window, plans.get(first),
          PhoneNumberUtil.Leniency.POSSIBLE, MAX_TRIES)) {
        add(scan, from + m.start(), from + m.end(), 0.45, false,
            "possible number, not in the numbering plan", out);
      }
    }
  }

  /** Whether {@code [start, end)} overlaps what this window added ({@code out} from {@code from}). */
  private static boolean overlapsFound(List<Finding> out, int from, int start, int end) {
    for (int f = from; f < out.size(); f++) {
      if (start < out.get(f).end() && out.get(f).start() < end) {
        return true;
      }
    }
    return false;
  }

  private void add(ScanText scan, int start, int end, double base, boolean validated, String why,
                   List<Finding> out) {
    double score = base;
    String plus = CONTEXT.near(scan, start, end);
    if (plus != null) {
      score += 0.1 + (validated ? 0 : 0.25);
      why += "; context '" + plus + "'";
    } else {
      String minus = ContextWords.NEGATIVE.near(scan, start, end);
      if (minus != null) {
        score = 0.4;
        why += "; negative context '" + minus + "'";
      }
    }
    out.add(catalog.finding(TYPE, start, end, score, "phone/libphonenumber", validated, why));
  }
}
