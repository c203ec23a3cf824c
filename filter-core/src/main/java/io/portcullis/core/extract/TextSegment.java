package io.portcullis.core.extract;

/**
 * A piece of text the model will read (or wrote), addressed by an RFC 6901 JSON pointer into the
 * request or answer document, so later stages can classify it and rewrite it in place.
 */
public record TextSegment(String pointer, String text) {}
