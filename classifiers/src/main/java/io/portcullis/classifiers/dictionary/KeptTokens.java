package io.portcullis.classifiers.dictionary;

import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens a {@link TermSieve} kept from one field of one text, replayed as that field's token
 * stream for the Monitor's in-memory index. Positions and offsets are the ones the full analysis
 * gave, so phrase queries see the same gaps and highlights point into the original text.
 */
final class KeptTokens extends TokenStream {

  private final CharTermAttribute termAttr = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute incAttr = addAttribute(PositionIncrementAttribute.class);
  private final OffsetAttribute offsetAttr = addAttribute(OffsetAttribute.class);

  private char[] chars = new char[64];
  private int charCount;
  /** Per token: start in {@link #chars}, length, position, start offset, end offset. */
  private int[] tokens = new int[5 * 8];
  private int size;
  private int next;
  private int lastPosition;

  void add(char[] buffer, int from, int length, int position, int startOffset, int endOffset) {
    if (charCount + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(2 * chars.length, charCount + length));
    }
    System.arraycopy(buffer, from, chars, charCount, length);
    if (5 * size + 5 > tokens.length) {
      tokens = Arrays.copyOf(tokens, 2 * tokens.length);
    }
    int t = 5 * size++;
    tokens[t] = charCount;
    tokens[t + 1] = length;
    tokens[t + 2] = position;
    tokens[t + 3] = startOffset;
    tokens[t + 4] = endOffset;
    charCount += length;
  }

  @Override
  public boolean incrementToken() {
    if (next == size) {
      return false;
    }
    clearAttributes();
    int t = 5 * next++;
    termAttr.copyBuffer(chars, tokens[t], tokens[t + 1]);
    incAttr.setPositionIncrement(tokens[t + 2] - lastPosition);
    lastPosition = tokens[t + 2];
    offsetAttr.setOffset(tokens[t + 3], tokens[t + 4]);
    return true;
  }

  @Override
  public void reset() {
    next = 0;
    lastPosition = -1;
  }
}
