package io.portcullis.classifiers.pattern;

/**
 * What a {@link Recognizer} proposes; {@link PatternDetector} adds category and level from the
 * catalog. Spans are UTF-16 indexes, end exclusive.
 */
public record Candidate(String type, int start, int end, double score, boolean validated,
                        String why) {
}
