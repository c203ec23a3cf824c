package io.portcullis.classifiers.phone;

import io.portcullis.classifiers.ClassificationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The numbering plans a call reads numbers without a country code in, most trusted first: the
 * tenant's region (where the data comes from), then the one the text's language implies (Chinese
 * text means CN, English text the North American plan, where most English-language numbers without
 * a country code are written), US when neither says anything. Both hints are kept because they
 * disagree in ordinary traffic: a German tenant's Chinese prompt carries Chinese mobiles, its English
 * one US numbers.
 */
final class PhoneRegions {

  private PhoneRegions() {
  }

  static List<String> of(ClassificationContext context) {
    List<String> regions = new ArrayList<>(2);
    String tenant = context.tenantRegion();
    if (tenant != null && !tenant.isBlank()) {
      regions.add(tenant.strip().toUpperCase(Locale.ROOT));
    }
    String implied = "zh".equals(context.language()) ? "CN" : "en".equals(context.language()) ? "US" : null;
    if (implied != null && !regions.contains(implied)) {
      regions.add(implied);
    }
    if (regions.isEmpty()) {
      regions.add("US");
    }
    return regions;
  }
}
