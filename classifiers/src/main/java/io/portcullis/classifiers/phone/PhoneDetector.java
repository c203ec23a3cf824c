package io.portcullis.classifiers.phone;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.portcullis.classifiers.ClassificationContext;
import io.portcullis.classifiers.Detector;
import io.portcullis.classifiers.EntityCatalog;
import io.portcullis.classifiers.Finding;
import io.portcullis.classifiers.pattern.ContextWords;
import io.portcullis.classifiers.pattern.ScanText;
import java.util.List;

/**
 * PHONE_NUMBER with libphonenumber's matcher at leniency VALID (real number plans, not shapes). The
 * region for numbers written without a country code comes from the tenant, else from the language:
 * Chinese text means CN, so "13812345678" is found without "+86".
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

  /** Region for numbers without a country code. */
  static String region(ClassificationContext context) {
    if (context.tenantRegion() != null && !context.tenantRegion().isBlank()) {
      return context.tenantRegion().toUpperCase(java.util.Locale.ROOT);
    }
    return "zh".equals(context.language()) ? "CN" : "US";
  }

  @Override
  public void detect(String text, ClassificationContext context, List<Finding> out) {
    if (!context.enabled(TYPE) || !hasEnoughDigits(text)) {
      return;
    }
    String region = region(context);
    ScanText scan = null;
    for (PhoneNumberMatch m : util.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID,
        MAX_TRIES)) {
      if (scan == null) {
        scan = new ScanText(text);
      }
      int start = m.start();
      int end = m.end();
      double score = 0.85;
      String why = "libphonenumber VALID (" + util.getRegionCodeForNumber(m.number()) + ")";
      String plus = CONTEXT.near(scan, start, end);
      if (plus != null) {
        score = 0.95;
        why += "; context '" + plus + "'";
      } else {
        String minus = ContextWords.NEGATIVE.near(scan, start, end);
        if (minus != null) {
          score = 0.4;
          why += "; negative context '" + minus + "'";
        }
      }
      out.add(catalog.finding(TYPE, start, end, score, "phone/libphonenumber", true, why));
    }
  }

  /** Skips the matcher on texts that cannot hold a phone number (most prose). */
  private static boolean hasEnoughDigits(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' && ++digits >= 7) {
        return true;
      }
    }
    return false;
  }
}
