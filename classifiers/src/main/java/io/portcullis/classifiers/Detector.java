package io.portcullis.classifiers;

import java.util.List;

/**
 * One recognizer family (patterns, phones, dictionaries, names). Implementations are thread-safe
 * and stateless per call; they report candidates and leave overlap resolution to {@link Classifier}.
 */
public interface Detector {

  /** Stable name used in findings, metrics and explanations. */
  String name();

  /** Appends candidate findings for {@code text} to {@code out}. Must run in linear time. */
  void detect(String text, ClassificationContext context, List<Finding> out);
}
