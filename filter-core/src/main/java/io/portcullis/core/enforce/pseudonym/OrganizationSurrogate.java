package io.portcullis.core.enforce.pseudonym;

import java.util.Locale;

/**
 * ORGANIZATION: an invented company name in the same script that keeps the original's legal form
 * (有限公司 / 集团, Inc. / Ltd / GmbH ...), since the form tells the model what kind of body it is.
 */
final class OrganizationSurrogate implements SurrogateGenerator {

  private static final String[] HAN_FORMS = {"股份有限公司", "有限公司", "集团", "公司"};
  private static final String[] LATIN_FORMS = {"Inc.", "Inc", "Ltd.", "Ltd", "LLC", "GmbH",
      "Corp.", "Corporation", "PLC", "plc", "AG", "S.A.", "Co."};

  @Override
  public String generate(String value, SurrogateRandom random) {
    String v = value.strip();
    return switch (Scripts.of(v)) {
      case HAN -> random.pick(NameLists.HAN_TRADE_NAMES) + random.pick(NameLists.HAN_INDUSTRIES)
          + hanForm(v);
      case LATIN -> random.pick(NameLists.ENGLISH_TRADE_WORDS) + " "
          + random.pick(NameLists.ENGLISH_FAMILY) + " " + latinForm(v);
      case OTHER -> null;
    };
  }

  private static String hanForm(String v) {
    for (String form : HAN_FORMS) {
      if (v.endsWith(form)) {
        return form;
      }
    }
    return "有限公司";
  }

  private static String latinForm(String v) {
    String lower = v.toLowerCase(Locale.ROOT);
    for (String form : LATIN_FORMS) {
      if (lower.endsWith(" " + form.toLowerCase(Locale.ROOT))) {
        return form;
      }
    }
    return "Group";
  }
}
