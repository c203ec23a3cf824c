package io.portcullis.classifiers;

/**
 * One piece of personal, sensitive or secret data found in a text.
 *
 * <p>{@code start}/{@code end} are UTF-16 char indexes into the classified {@link String} (end
 * exclusive), so callers can {@code substring} and rewrite; {@link #codePointStart(String)} converts
 * for wire contracts that count code points. The finding never leaves the process with its value:
 * audit and policy see only type, category, level and counts.
 *
 * @param type        entity type name from the catalog, e.g. {@code CN_RESIDENT_ID}
 * @param category    catalog category, e.g. {@code SENSITIVE_PERSONAL}
 * @param level       sensitivity level 1 (low) .. 4 (highest), from the catalog
 * @param score       confidence 0..1 after validation and context
 * @param detector    which detector produced it (for explanations and metrics)
 * @param validated   whether a checksum or structural validator confirmed it
 * @param explanation short human reason ("GB 11643 check digit valid; context word 身份证")
 */
public record Finding(String type, String category, int level, int start, int end, double score,
                      String detector, boolean validated, String explanation) {

  public Finding {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Finding other) {
    return start < other.end && other.start < end;
  }

  public int codePointStart(String text) {
    return text.codePointCount(0, start);
  }

  public int codePointEnd(String text) {
    return text.codePointCount(0, end);
  }
}
