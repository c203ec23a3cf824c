package io.portcullis.classifiers.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScanTextTest {

  /** lower() skips Character.toLowerCase for these chars: it must be the identity on all of them. */
  @Test
  void caselessRangeHasNoLowerCase() {
    for (int i = 0; i <= 0xFFFF; i++) {
      char c = (char) i;
      if (ScanText.isCaseless(c)) {
        assertEquals(c, Character.toLowerCase(c), "U+" + Integer.toHexString(i));
      }
    }
  }

  @Test
  void lowerKeepsLengthAndLowersEveryScript() {
    String text = "卡号 ÀÉ ΣΑΣ ＩＤ Иван 身份证ABC";
    String expected = new StringBuilder().append(text.chars()
        .map(c -> Character.toLowerCase((char) c)).collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append)).toString();
    assertEquals(expected, new ScanText(text).lower());
  }
}
