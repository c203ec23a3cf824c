package io.portcullis.classifiers.validate;

import java.util.Map;

/** IBAN (ISO 13616): per-country length and the mod-97 check (ISO 7064 MOD 97-10). */
public final class Iban {

  /** IBAN length per country, from the SWIFT IBAN registry. */
  static final Map<String, Integer> LENGTHS = Map.ofEntries(
      Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20),
      Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22),
      Map.entry("BH", 22), Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CH", 21),
      Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
      Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
      Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27),
      Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18),
      Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HR", 21), Map.entry("HU", 28),
      Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26),
      Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
      Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20),
      Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24),
      Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MR", 27), Map.entry("MT", 31),
      Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PK", 24),
      Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
      Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31),
      Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
      Map.entry("ST", 25), Map.entry("SV", 28), Map.entry("TL", 23), Map.entry("TN", 24),
      Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("VG", 24),
      Map.entry("XK", 20),
      // registered since 2021: Russia (the 152-FZ tenants' own), Libya, Sudan, Burundi, Djibouti,
      // Mongolia, Nicaragua, Somalia, Oman, the Falklands, Yemen
      Map.entry("RU", 33), Map.entry("LY", 25), Map.entry("SD", 18), Map.entry("BI", 27),
      Map.entry("DJ", 27), Map.entry("MN", 20), Map.entry("NI", 28), Map.entry("SO", 23),
      Map.entry("OM", 23), Map.entry("FK", 18), Map.entry("YE", 30));

  private Iban() {
  }

  /** Registered length for a country code, or 0. */
  public static int length(String country) {
    return LENGTHS.getOrDefault(country, 0);
  }

  public static java.util.Set<String> countries() {
    return LENGTHS.keySet();
  }

  /** True for a compact (no spaces) upper-case IBAN of the right length with remainder 1. */
  public static boolean isValid(CharSequence iban) {
    if (iban.length() < 5) {
      return false;
    }
    String cc = iban.subSequence(0, 2).toString();
    if (length(cc) != iban.length()) {
      return false;
    }
    if (!Character.isDigit(iban.charAt(2)) || !Character.isDigit(iban.charAt(3))) {
      return false;
    }
    int r = mod97(iban.subSequence(4, iban.length()) + cc + iban.subSequence(2, 4));
    return r == 1;
  }

  /** The two check digits for {@code country} + {@code bban}. */
  public static String checkDigits(String country, String bban) {
    int r = mod97(bban + country + "00");
    if (r < 0) {
      throw new IllegalArgumentException("BBAN has characters outside 0-9A-Z");
    }
    int check = 98 - r;
    return (check < 10 ? "0" : "") + check;
  }

  // Letters count as 10..35; digits as themselves; computed incrementally to stay in an int.
  static int mod97(CharSequence s) {
    int r = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        r = (r * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        r = (r * 100 + (c - 'A' + 10)) % 97;
      } else {
        return -1;
      }
    }
    return r;
  }
}
