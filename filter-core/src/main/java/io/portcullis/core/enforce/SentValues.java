package io.portcullis.core.enforce;

import io.portcullis.classifiers.Finding;
import io.portcullis.core.pipeline.SegmentFindings;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The values the caller itself sent in this exchange's request, held in memory for its answer only:
 * the response policy redacts personal data the caller did not send, value by value, so an answer may
 * repeat the caller's own e-mail address but not somebody else's. Compared in a normalised form
 * (case, width, spacing and punctuation ignored), for names, places and organisations also word by
 * word, since an answer addresses "John Smith" as "John", and for phone numbers by their trailing
 * digits, since "+86 138 0013 8000" comes back as "13800138000" and "+49 30 2233445" as "030 2233445".
 */
public final class SentValues {
  public static final SentValues NONE = new SentValues(Set.of(), List.of());

  private static final Set<String> NAMED = Set.of("PERSON", "LOCATION", "ORGANIZATION");

  /** Fewer digits than this say too little to call two numbers the same one. */
  private static final int MIN_PHONE_DIGITS = 7;

  private final Set<String> values;
  /** Digits of each sent phone number, leading zeros (trunk prefixes) dropped. */
  private final List<String> phones;

  private SentValues(Set<String> values, List<String> phones) {
    this.values = values;
    this.phones = phones;
  }

  /** What the request's findings cover, read from the texts they were found in. */
  public static SentValues of(List<SegmentFindings> request) {
    Set<String> out = new HashSet<>();
    List<String> phones = new java.util.ArrayList<>();
    for (SegmentFindings sf : request) {
      String text = sf.segment().text();
      for (Finding f : sf.findings()) {
        String value = text.substring(f.start(), f.end());
        add(out, value);
        if (PHONE.equals(f.type())) {
          String digits = phoneDigits(value);
          if (digits.length() >= MIN_PHONE_DIGITS) {
            phones.add(digits);
          }
        }
        if (NAMED.contains(f.type())) {
          for (String word : value.split("[\\s\\p{Punct}·・]+")) {
            if (word.codePointCount(0, word.length()) >= 2) {
              add(out, word);
            }
          }
        }
      }
    }
    return out.isEmpty() ? NONE : new SentValues(Set.copyOf(out), List.copyOf(phones));
  }

  private static final String PHONE = "PHONE_NUMBER";

  private static String phoneDigits(String value) {
    String digits = value.replaceAll("\\D", "");
    int i = 0;
    while (i < digits.length() && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  private static void add(Set<String> out, String value) {
    String key = normalize(value);
    if (!key.isEmpty()) {
      out.add(key);
    }
  }

  /** Whether the caller sent {@code value}, found as {@code type} (in the normalised sense above). */
  public boolean contains(String type, String value) {
    if (values.isEmpty()) {
      return false;
    }
    if (values.contains(normalize(value))) {
      return true;
    }
    if (PHONE.equals(type)) {
      String digits = phoneDigits(value);
      for (String sent : phones) {
        if (digits.length() >= MIN_PHONE_DIGITS && (sent.endsWith(digits) || digits.endsWith(sent))) {
          return true;
        }
      }
    }
    return false;
  }

  static String normalize(String value) {
    String folded = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
