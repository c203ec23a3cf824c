package io.portcullis.classifiers.dictionary;

import java.io.Reader;

/**
 * The text with every ideograph that follows another ideograph read as a space, char for char (so
 * offsets do not move), for the English fields: there each Han character is a token of its own
 * that the CJK type filter then drops, and in mixed prompts those were most of the tokens the
 * English analysis produced. The first ideograph of a run stays, so the run still leaves a
 * position gap and an English phrase does not match across Chinese words ("type 2型diabetes"
 * is not "type 2 diabetes"); a StandardTokenizer breaks words at an ideograph as at a space, so
 * the English tokens themselves are the same.
 */
final class IdeographsBlanked extends Reader {

  private final String text;
  private int next;
  private boolean previousIdeograph;

  IdeographsBlanked(String text) {
    this.text = text;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (next >= text.length()) {
      return -1;
    }
    int n = Math.min(length, text.length() - next);
    text.getChars(next, next + n, buffer, offset);
    for (int i = offset; i < offset + n; i++) {
      char c = buffer[i];
      boolean ideograph = c >= 0x3400 && (c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF);
      if (ideograph && previousIdeograph) {
        buffer[i] = ' ';
      }
      previousIdeograph = ideograph;
    }
    next += n;
    return n;
  }

  @Override
  public void close() {
    next = text.length();
  }
}
