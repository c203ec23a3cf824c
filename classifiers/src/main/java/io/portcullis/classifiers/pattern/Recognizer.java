package io.portcullis.classifiers.pattern;

import io.portcullis.classifiers.ClassificationContext;
import java.util.List;

/**
 * Finds one entity type by shape, validation and context (Presidio's recognizer idea). Adding an
 * entity is one implementation listed in {@link Recognizers#defaults()} plus one catalog line.
 * Implementations are stateless, thread-safe and linear in the text length.
 */
public interface Recognizer {

  /** The catalog type this recognizer reports. */
  String entityType();

  void recognize(ScanText text, ClassificationContext context, List<Candidate> out);

  /** Name used in findings' {@code detector} field. */
  default String name() {
    return "pattern/" + entityType().toLowerCase(java.util.Locale.ROOT);
  }
}
