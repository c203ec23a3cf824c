package io.portcullis.classifiers.phone;

import io.portcullis.classifiers.ClassificationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The numbering plans a call reads numbers without a country code in, most trusted first: the
 * tenant's region (where the data comes from), then the one the text's language implies (Chinese
 * text means CN), US when neither says anything. Both hints are kept because they disagree in
 * ordinary traffic: a German tenant's Chinese-language prompt carries Chinese mobiles.
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
    if ("zh".equals(context.language()) && !regions.contains("CN")) {
      regions.add("CN");
    }
    if (regions.isEmpty()) {
      regions.add("US");
    }
    return regions;
  }
}
