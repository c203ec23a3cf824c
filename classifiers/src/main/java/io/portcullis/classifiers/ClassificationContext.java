package io.portcullis.classifiers;

import java.util.Set;

/**
 * Per-call facts that steer detection.
 *
 * @param language      ISO 639-1 code of the text ("en", "zh", ...) or {@code null} when unknown;
 *                      {@link Classifier} fills it in before detectors run
 * @param tenantRegion  ISO 3166-1 alpha-2 of the data's origin, a hint for phone numbers etc.; may be null
 * @param enabledTypes  entity types to report; empty means all
 */
public record ClassificationContext(String language, String tenantRegion, Set<String> enabledTypes) {

  public static ClassificationContext defaults() {
    return new ClassificationContext(null, null, Set.of());
  }

  public ClassificationContext withLanguage(String lang) {
    return new ClassificationContext(lang, tenantRegion, enabledTypes);
  }

  public boolean enabled(String type) {
    return enabledTypes.isEmpty() || enabledTypes.contains(type);
  }
}
